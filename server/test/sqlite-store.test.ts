import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createSqliteStore } from '../src/store/sqlite-store.js'
import { storeContract } from './store-contract.js'

storeContract('sqlite', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weave-store-'))
  return createSqliteStore({ file: path.join(dir, 'weave.sqlite'), synchronous: 'NORMAL' })
})
