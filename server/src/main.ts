import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigError, loadConfig } from './config.js'
import { createWeaveServer } from './create-server.js'
import { createLogger } from './log.js'
import { createPostgresStore } from './store/postgres-store.js'
import { createSqliteStore } from './store/sqlite-store.js'
import { CLI_COMMANDS, runCli } from './cli/run-cli.js'

/** How long shutdown may take before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 10_000

// The only place that reads process.env: everything else receives a validated Config.
const here = path.dirname(fileURLToPath(import.meta.url))
let config
try {
  // Defaults point into the repository, wherever the process was started from.
  config = loadConfig(process.env, {
    staticDir: path.resolve(here, '../../client/dist'),
    dataDir: path.resolve(here, '../../data'),
  })
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
  throw error
}

const log = createLogger(config.logLevel)
const [command] = process.argv.slice(2)
// PostgreSQL when configured (migrations run first); the embedded SQLite file otherwise.
// `migrate` always reads the SQLite data directory: its target is given on the command line.
const store =
  config.databaseUrl && command !== 'migrate'
    ? await createPostgresStore({ url: config.databaseUrl })
    : undefined

// `pnpm weave <command>`: the organizers' CLI, on the same store as the server.
if (command !== undefined && (CLI_COMMANDS as readonly string[]).includes(command)) {
  const cliStore =
    store ??
    createSqliteStore({
      file: path.join(config.dataDir, 'weave.sqlite'),
      synchronous: config.sqliteSynchronous,
    })
  const code = await runCli(cliStore, process.argv.slice(2), {
    print: (line) => process.stdout.write(`${line}\n`),
    error: (line) => process.stderr.write(`${line}\n`),
    cwd: process.env.INIT_CWD ?? process.cwd(),
    interactive: process.stderr.isTTY === true,
  })
  await cliStore.close()
  process.exit(code)
}

const server = createWeaveServer(config, store ? { log, store } : { log })

// Handlers go in before the server listens: a SIGTERM that arrives as soon as the URL is printed
// must still flush and close cleanly, not kill the process outright.
let stopping = false
async function shutdown(signal: string): Promise<void> {
  if (stopping) return
  stopping = true
  log.info('shutting down', { signal })
  const timer = setTimeout(() => {
    log.error('shutdown timed out; exiting')
    process.exit(1)
  }, SHUTDOWN_TIMEOUT_MS)
  timer.unref()
  await server.close()
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('unhandledRejection', (reason) =>
  log.error('unhandled rejection', { reason: String(reason) }),
)

const port = await server.listen()
const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host
log.info('Weave is running', { url: `http://${shownHost}:${port}`, dataDir: config.dataDir })
process.stdout.write(`\n  Weave is running: open http://${shownHost}:${port}\n\n`)
