import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { createPostgresStore } from '../src/store/postgres-store.js'
import { createSqliteStore } from '../src/store/sqlite-store.js'
import { CANARY, fillWorkshop, type FilledWorkshop } from './workshop-fixture.js'

// Every table and every column is searched, not a list of known tables: a table added later that
// keeps something of a workshop and is not deleted with it fails here.

const needlesOf = (w: FilledWorkshop, text: string) => [w.workshopId, ...w.participantIds, text]

/** `table.column: needle` for every column of every SQLite table holding a needle. */
function sqliteHits(file: string, needles: readonly string[]): string[] {
  const db = new Database(file, { readonly: true })
  const hits: string[] = []
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .all()
  for (const { name } of tables) {
    const columns = db.prepare<[], { name: string }>(`PRAGMA table_info("${name}")`).all()
    for (const column of columns) {
      for (const needle of needles) {
        const row = db
          .prepare<[Buffer], { n: number }>(
            `SELECT count(*) AS n FROM "${name}" WHERE instr(CAST("${column.name}" AS BLOB), ?) > 0`,
          )
          .get(Buffer.from(needle))
        if (row && row.n > 0) hits.push(`${name}.${column.name}: ${needle}`)
      }
    }
  }
  db.close()
  return hits
}

/** The names of the files in `dir` whose bytes contain `text`. */
function filesContaining(dir: string, text: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => fs.readFileSync(path.join(dir, file)).includes(Buffer.from(text)))
}

describe('workshop deletion: sqlite', () => {
  it('[REL-35] leaves no row and no byte of the workshop in any table or file, WAL included', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weave-delete-'))
    const file = path.join(dir, 'weave.sqlite')
    const store = createSqliteStore({ file, synchronous: 'NORMAL' })
    const doomed = await fillWorkshop(store, '000001', CANARY)
    const kept = await fillWorkshop(store, '000002', 'KEPT-words-9c2e')
    expect(filesContaining(dir, CANARY).length).toBeGreaterThan(0)
    expect(sqliteHits(file, needlesOf(doomed, CANARY)).length).toBeGreaterThan(10)
    const keptBefore = sqliteHits(file, needlesOf(kept, 'KEPT-words-9c2e'))

    expect(await store.deleteWorkshop(doomed.workshopId)).toBe(true)
    expect(sqliteHits(file, needlesOf(doomed, CANARY))).toEqual([])
    expect(sqliteHits(file, needlesOf(kept, 'KEPT-words-9c2e'))).toEqual(keptBefore)
    // While the store is open (the WAL and shared memory files exist) and after it closed.
    expect(filesContaining(dir, CANARY)).toEqual([])
    await store.close()
    expect(filesContaining(dir, CANARY)).toEqual([])
    expect(filesContaining(dir, 'KEPT-words-9c2e')).toEqual(['weave.sqlite'])
  })
})

const URL = process.env.WEAVE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const schemas: string[] = []

afterAll(async () => {
  if (schemas.length === 0) return
  const admin = new pg.Client({ connectionString: URL })
  await admin.connect()
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
  await admin.end()
})

/** `table.column: needle` for every text or bytea column in `schema` holding a needle. */
async function postgresHits(schema: string, needles: readonly string[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: URL })
  await client.connect()
  const columns = await client.query<{
    table_name: string
    column_name: string
    data_type: string
  }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = $1 AND data_type IN ('text', 'character varying', 'bytea', 'json', 'jsonb')`,
    [schema],
  )
  const hits: string[] = []
  for (const { table_name: table, column_name: column, data_type: type } of columns.rows) {
    for (const needle of needles) {
      const haystack = type === 'bytea' ? `"${column}"` : `convert_to("${column}"::text, 'UTF8')`
      const result = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${schema}."${table}" WHERE position($1::bytea in ${haystack}) > 0`,
        [Buffer.from(needle)],
      )
      if (Number(result.rows[0]?.n) > 0) hits.push(`${table}.${column}: ${needle}`)
    }
  }
  await client.end()
  return hits
}

describe('workshop deletion: postgres', () => {
  it('leaves no row of the workshop in any table, and the other workshop whole', async () => {
    const schema = `weave_test_del_${Date.now()}_${Math.floor(Math.random() * 1e6)}`
    schemas.push(schema)
    const store = await createPostgresStore({ url: URL, schema })
    const doomed = await fillWorkshop(store, '000001', CANARY)
    const kept = await fillWorkshop(store, '000002', 'KEPT-words-9c2e')
    expect((await postgresHits(schema, needlesOf(doomed, CANARY))).length).toBeGreaterThan(10)
    const keptBefore = await postgresHits(schema, needlesOf(kept, 'KEPT-words-9c2e'))
    expect(await store.deleteWorkshop(doomed.workshopId)).toBe(true)
    expect(await postgresHits(schema, needlesOf(doomed, CANARY))).toEqual([])
    expect(await postgresHits(schema, needlesOf(kept, 'KEPT-words-9c2e'))).toEqual(keptBefore)
    await store.close()
  })
})
