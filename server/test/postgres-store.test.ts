import { afterAll, expect, it } from 'vitest'
import pg from 'pg'
import { createPostgresStore } from '../src/store/postgres-store.js'
import { storeContract } from './store-contract.js'

/** The PostgreSQL the tests use (.ci/run starts the machine's one); each store gets its own schema. */
const URL = process.env.WEAVE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const schemas: string[] = []

afterAll(async () => {
  const admin = new pg.Client({ connectionString: URL })
  await admin.connect()
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
  await admin.end()
})

function freshSchema(): string {
  const schema = `weave_test_${Date.now()}_${Math.floor(Math.random() * 1e6)}`
  schemas.push(schema)
  return schema
}

storeContract('postgres', async () => createPostgresStore({ url: URL, schema: freshSchema() }))

it('postgres: a compaction skips a document another instance is compacting', async () => {
  const store = await createPostgresStore({ url: URL, schema: freshSchema() })
  await store.appendUpdates('w1.room.r1', [new Uint8Array([0, 0])])
  // Another instance's compactor, holding the document's advisory lock.
  const other = new pg.Client({ connectionString: URL })
  await other.connect()
  await other.query('SELECT pg_advisory_lock($1, hashtext($2))', [0x77656176, 'w1.room.r1'])
  const fold = () => new Uint8Array([0, 0])
  expect(await store.compactExclusive('w1.room.r1', fold)).toBe(false)
  expect((await store.loadDoc('w1.room.r1')).pendingCount).toBe(1)
  // Other documents are not held up.
  await store.appendUpdates('w1.room.r2', [new Uint8Array([0, 0])])
  expect(await store.compactExclusive('w1.room.r2', fold)).toBe(true)
  await other.query('SELECT pg_advisory_unlock($1, hashtext($2))', [0x77656176, 'w1.room.r1'])
  await other.end()
  expect(await store.compactExclusive('w1.room.r1', fold)).toBe(true)
  expect((await store.loadDoc('w1.room.r1')).pendingCount).toBe(0)
  await store.close()
})
