import { parseArgs } from 'node:util'
import type { Store } from '../store/types.js'
import { ServiceError } from '../service-error.js'
import { CliError, type CliIo } from './cli-io.js'
import { EXPORT_USAGE, exportCommand } from './export-command.js'
import { MIGRATE_USAGE, migrateCommand } from './migrate-command.js'

const USAGE = `Weave command line (organizers): reads the server's store directly.

${EXPORT_USAGE}

Usage: pnpm weave list --workshop <id>
  lists the workshop's rooms and snapshots with their ids

${MIGRATE_USAGE}

The store is the one the server uses: WEAVE_DATA_DIR (SQLite) or WEAVE_DATABASE_URL (PostgreSQL);
migrate always reads WEAVE_DATA_DIR.`

/** The commands main.ts runs instead of the server when given arguments. */
export const CLI_COMMANDS = ['export', 'list', 'migrate', 'help'] as const

/** `weave list`: the rooms and snapshots of a workshop, so organizers can pick what to export. */
async function listCommand(store: Store, args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { workshop: { type: 'string' } }, strict: true })
  if (!values.workshop) throw new CliError(`--workshop is required.\n\n${USAGE}`, 2)
  const workshop = await store.getWorkshop(values.workshop)
  if (!workshop)
    throw new CliError(`There is no workshop with id "${values.workshop}" in this store.`)
  io.print(`${workshop.title} (${workshop.id})`)
  io.print('Rooms:')
  for (const room of await store.listRooms(workshop.id))
    io.print(`  ${room.id}  ${room.name}${room.closed ? ' (closed)' : ''}`)
  io.print('Snapshots:')
  for (const snapshot of await store.listSnapshots(workshop.id))
    io.print(
      `  ${snapshot.id}  ${new Date(snapshot.takenAt).toISOString()}  room ${snapshot.roomId}  ${snapshot.name}`,
    )
}

/** Runs one CLI command; returns the process exit code. Errors become one clear line. */
export async function runCli(
  store: Store,
  argv: string[],
  io: CliIo & { error(line: string): void },
) {
  const [command, ...args] = argv
  try {
    if (command === 'export') await exportCommand(store, args, io)
    else if (command === 'list') await listCommand(store, args, io)
    else if (command === 'migrate') await migrateCommand(store, args, io)
    else io.print(USAGE)
    return 0
  } catch (error) {
    if (error instanceof CliError) {
      io.error(error.message)
      return error.exitCode
    }
    if (error instanceof ServiceError) {
      io.error(error.message)
      return 1
    }
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.error(`${error.message}\n\n${USAGE}`)
      return 2
    }
    throw error
  }
}
