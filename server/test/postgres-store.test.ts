import { afterAll } from 'vitest'
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

storeContract('postgres', async () => {
  const schema = `weave_test_${Date.now()}_${Math.floor(Math.random() * 1e6)}`
  schemas.push(schema)
  return createPostgresStore({ url: URL, schema })
})
