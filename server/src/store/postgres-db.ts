import pg from 'pg'
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js'

/** A PostgreSQL connection pool with the helpers the store uses. */
export interface Db {
  readonly pool: pg.Pool
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>
  /** Runs `work` in one transaction on one connection. */
  transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T>
}

/** Arbitrary key for the migration advisory lock ("weave" in ASCII). */
const MIGRATION_LOCK = 0x7765617665

/**
 * Opens a pool on `url` (optionally inside `schema`, created if missing) and applies the pending
 * migrations once, under an advisory lock so that instances starting together do not race.
 */
export async function openDb(url: string, schema?: string): Promise<Db> {
  if (schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`invalid schema name: ${schema}`)
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  })
  // An idle client that errors (e.g. the server restarted) must not crash the process.
  pool.on('error', () => {})
  const db: Db = {
    pool,
    async query(text, values) {
      return (await pool.query(text, values)).rows
    },
    async transaction(work) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work(client)
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {})
        throw error
      } finally {
        client.release()
      }
    },
  }
  await db.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
    await client.query(
      'CREATE TABLE IF NOT EXISTS weave_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)',
    )
    const applied = await client.query<{ version: number }>('SELECT version FROM weave_migrations')
    const done = new Set(applied.rows.map((row) => row.version))
    for (const [index, sql] of POSTGRES_MIGRATIONS.entries()) {
      if (done.has(index + 1)) continue
      await client.query(sql)
      await client.query('INSERT INTO weave_migrations (version, applied_at) VALUES ($1, $2)', [
        index + 1,
        Date.now(),
      ])
    }
  })
  return db
}
