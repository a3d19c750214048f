import crypto from 'node:crypto'
import pg from 'pg'
import { spawnServer, tempDataDir, type ServerProcess } from './server.js'

/** The services cluster tests run against (.ci/run sets both), or null to skip them. */
export const clusterServices =
  process.env.WEAVE_TEST_POSTGRES_URL && process.env.WEAVE_TEST_REDIS_URL
    ? {
        postgresUrl: process.env.WEAVE_TEST_POSTGRES_URL,
        redisUrl: process.env.WEAVE_TEST_REDIS_URL,
      }
    : null

/** Why cluster tests are skipped, printed once by each file that skips them. */
export const CLUSTER_SKIP_MESSAGE =
  'cluster tests skipped: set WEAVE_TEST_POSTGRES_URL and WEAVE_TEST_REDIS_URL (e.g. postgres://postgres@127.0.0.1:5432/test and redis://127.0.0.1:6379; .ci/run sets both)'

/** A fresh PostgreSQL schema: the database URL that selects it, and how to drop it. */
export interface TestSchema {
  readonly url: string
  drop(): Promise<void>
}

/** Creates a schema of its own in the test database; the URL's `options` put it on the search path. */
export async function freshSchema(baseUrl: string): Promise<TestSchema> {
  const schema = `weave_cluster_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`
  const admin = new pg.Client({ connectionString: baseUrl })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  await admin.end()
  const url = new URL(baseUrl)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl })
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await client.end()
    },
  }
}

/** Several server processes sharing one PostgreSQL schema, one Redis prefix and one secret. */
export interface Cluster {
  readonly instances: ServerProcess[]
  /** The instance started `index`-th (throws when there is none). */
  at(index: number): ServerProcess
  readonly databaseUrl: string
  /** Starts one more instance (with `env` added to the shared environment). */
  spawn(env?: Record<string, string>): Promise<ServerProcess>
  /** Kills every instance and drops the schema. */
  stop(): Promise<void>
}

/** Starts `count` instances; `redisUrl` overrides the Redis they use (e.g. a proxy's). */
export async function startCluster(
  count: number,
  options: { redisUrl?: string; env?: Record<string, string> } = {},
): Promise<Cluster> {
  if (!clusterServices) throw new Error(CLUSTER_SKIP_MESSAGE)
  const schema = await freshSchema(clusterServices.postgresUrl)
  const shared = {
    WEAVE_DATABASE_URL: schema.url,
    WEAVE_REDIS_URL: options.redisUrl ?? clusterServices.redisUrl,
    // A prefix per cluster: tests running at once never hear each other.
    WEAVE_REDIS_PREFIX: `weave-test-${crypto.randomBytes(4).toString('hex')}`,
    WEAVE_SECRET: crypto.randomBytes(32).toString('hex'),
    // Compact often, so compactions race with appends from the other instances.
    WEAVE_COMPACT_AFTER_UPDATES: '10',
    ...options.env,
  }
  const instances: ServerProcess[] = []
  const spawn = async (env: Record<string, string> = {}) => {
    const instance = await spawnServer(tempDataDir('weave-cluster-'), 0, { ...shared, ...env })
    instances.push(instance)
    return instance
  }
  await Promise.all(Array.from({ length: count }, () => spawn()))
  return {
    instances,
    at(index) {
      const instance = instances[index]
      if (!instance) throw new Error(`no instance ${index}`)
      return instance
    },
    databaseUrl: schema.url,
    spawn,
    async stop() {
      for (const instance of instances) {
        if (instance.child.exitCode === null && instance.child.signalCode === null)
          instance.child.kill('SIGKILL')
        await instance.exited
      }
      await schema.drop()
    },
  }
}
