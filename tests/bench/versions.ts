import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { REPO_ROOT } from '../helpers/server.js'
import { stockVersions } from './servers/stock.js'

function versionAt(packageJson: string): string {
  return (JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version: string }).version
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT }).toString().trim()
  } catch {
    return ''
  }
}

/** The versions a result was measured with. */
export interface Versions {
  readonly weaveCommit: string
  readonly yjs: string
  readonly weaveWs: string
  readonly generatorWs: string
  readonly stock: string
  readonly stockWs: string
  readonly yLeveldb: string | null
}

/** Reads the versions in use (Weave's commit, marked when server/ or shared/ has local changes). */
export function versions(): Versions {
  const fromServer = createRequire(path.join(REPO_ROOT, 'server/package.json'))
  const fromTests = createRequire(path.join(REPO_ROOT, 'tests/package.json'))
  const stock = stockVersions()
  const dirty = git(['status', '--porcelain', '--', 'server', 'shared']) !== ''
  return {
    weaveCommit: `${git(['rev-parse', '--short', 'HEAD']) || 'unknown'}${dirty ? ' + local changes' : ''}`,
    yjs: versionAt(fromServer.resolve('yjs/package.json')),
    weaveWs: versionAt(fromServer.resolve('ws/package.json')),
    generatorWs: versionAt(fromTests.resolve('ws/package.json')),
    stock: stock.server,
    stockWs: stock.ws,
    yLeveldb: stock.leveldb,
  }
}
