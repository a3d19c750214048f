import { parseArgs } from 'node:util'
import { compareWorkshop, copyWorkshop } from '../store/copy-workshop.js'
import { createPostgresStore } from '../store/postgres-store.js'
import type { Store, WorkshopRecord } from '../store/types.js'
import { CliError, type CliIo } from './cli-io.js'

export const MIGRATE_USAGE = `Usage: pnpm weave migrate --to postgres://user:password@host:5432/weave
  copies every workshop of the SQLite store in WEAVE_DATA_DIR into PostgreSQL: rooms,
  participants, boards (compacted state and log), votes and dots, hidden notes, snapshots and the
  codebook. Stop the server first. Running it again is safe: a workshop already copied is skipped;
  one that differs in the target stops the command before anything is written.`

function parseMigrateArgs(args: string[]): string {
  let values
  try {
    values = parseArgs({ args, options: { to: { type: 'string' } }, strict: true }).values
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${MIGRATE_USAGE}`, 2)
  }
  if (!values.to) throw new CliError(`--to is required.\n\n${MIGRATE_USAGE}`, 2)
  if (!/^postgres(ql)?:\/\//.test(values.to))
    throw new CliError(`--to must be a postgres:// URL.\n\n${MIGRATE_USAGE}`, 2)
  return values.to
}

const label = (w: WorkshopRecord) => `"${w.title}" (${w.id})`

/** Sorts the source's workshops into those to copy and those the target already has as they are. */
async function plan(source: Store, target: Store, workshops: WorkshopRecord[]) {
  const toCopy: WorkshopRecord[] = []
  const alreadyThere: WorkshopRecord[] = []
  const conflicts: string[] = []
  for (const workshop of workshops) {
    if (!(await target.getWorkshop(workshop.id))) {
      toCopy.push(workshop)
      continue
    }
    const differences = await compareWorkshop(source, target, workshop.id)
    if (differences.length === 0) alreadyThere.push(workshop)
    else conflicts.push(`  ${label(workshop)}: differs in ${differences.slice(0, 5).join(', ')}`)
  }
  return { toCopy, alreadyThere, conflicts }
}

/**
 * `weave migrate --to postgres://...`: copies the SQLite store (`source`, from WEAVE_DATA_DIR)
 * into PostgreSQL, then reads every copied workshop back and compares it with the source.
 */
export async function migrateCommand(source: Store, args: string[], io: CliIo): Promise<void> {
  const url = parseMigrateArgs(args)
  const workshops = await source.listWorkshops()
  io.print(`${workshops.length} workshop(s) in the SQLite store.`)
  if (workshops.length === 0) {
    io.print('Nothing to migrate (is WEAVE_DATA_DIR the data directory the server used?).')
    return
  }
  let target: Store
  try {
    target = await createPostgresStore({ url })
  } catch (error) {
    throw new CliError(`Could not open the PostgreSQL database: ${(error as Error).message}`)
  }
  try {
    const { toCopy, alreadyThere, conflicts } = await plan(source, target, workshops)
    if (conflicts.length > 0)
      throw new CliError(
        `The target already holds workshops with these ids, different from the ones here; nothing was copied:\n${conflicts.join('\n')}\nMigrate into an empty database, or remove those workshops from the target first.`,
      )
    for (const workshop of alreadyThere) io.print(`Already migrated, skipped: ${label(workshop)}`)
    for (const workshop of toCopy) {
      const counts = await copyWorkshop(source, target, workshop.id)
      const differences = await compareWorkshop(source, target, workshop.id)
      if (differences.length > 0)
        throw new CliError(
          `Copied ${label(workshop)} but it reads back differently (${differences.join(', ')}); was the server still running?`,
        )
      const summary = Object.entries(counts)
        .map(([what, count]) => `${count} ${what.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}`)
        .join(', ')
      io.print(`Copied ${label(workshop)}: ${summary}`)
    }
    io.print(
      `Done: ${toCopy.length} copied, ${alreadyThere.length} already there. Start the server with WEAVE_DATABASE_URL set to the same URL.`,
    )
  } finally {
    await target.close()
  }
}
