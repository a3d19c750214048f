import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { SingleBar } from 'cli-progress'
import { EXPORT_FORMATS, type ExportFormat } from '@weave/shared'
import { systemClock } from '../clock.js'
import { storeDocSource, type DocSource } from '../exports/doc-source.js'
import { gatherExport } from '../exports/gather.js'
import { renderExport } from '../exports/render.js'
import type { Store } from '../store/types.js'
import { CliError, type CliIo } from './cli-io.js'

export const EXPORT_USAGE = `Usage: pnpm weave export --workshop <id> [--room <id> | --snapshot <id>]
                         [--format <format>] [--deidentified] [--out <file>]

  --workshop      the workshop id (from its address: /w/<id>)
  --room          export one room's live board
  --snapshot      export one snapshot (see: pnpm weave list --workshop <id>)
  --format        ${EXPORT_FORMATS.join(', ')} (default: zip)
  --deidentified  replace names with stable pseudonyms (sectors are kept)
  --out           the file to write (default: the suggested name, in the current directory)`

function parseExportArgs(args: string[]) {
  let values
  try {
    values = parseArgs({
      args,
      options: {
        workshop: { type: 'string' },
        room: { type: 'string' },
        snapshot: { type: 'string' },
        format: { type: 'string', default: 'zip' },
        deidentified: { type: 'boolean', default: false },
        out: { type: 'string' },
      },
      strict: true,
    }).values
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${EXPORT_USAGE}`, 2)
  }
  if (!values.workshop) throw new CliError(`--workshop is required.\n\n${EXPORT_USAGE}`, 2)
  if (values.room && values.snapshot)
    throw new CliError('Give --room or --snapshot, not both (a snapshot names its room).', 2)
  const format = EXPORT_FORMATS.find((candidate) => candidate === values.format)
  if (!format)
    throw new CliError(
      `Unknown format "${values.format}". Formats: ${EXPORT_FORMATS.join(', ')}.`,
      2,
    )
  return { ...values, workshop: values.workshop, format: format as ExportFormat }
}

/** Counts documents as they are read, on a progress bar (stderr, only on a terminal). */
function withProgress(readDoc: DocSource, io: CliIo, total: number) {
  const bar = io.interactive
    ? new SingleBar({ format: 'Reading boards [{bar}] {value}/{total}', stream: process.stderr })
    : null
  bar?.start(total, 0)
  const source: DocSource = async (docName) => {
    const doc = await readDoc(docName)
    bar?.increment()
    return doc
  }
  return { source, stop: () => bar?.stop() }
}

/** `weave export`: writes an export of a workshop, room or snapshot from the store. */
export async function exportCommand(store: Store, args: string[], io: CliIo): Promise<void> {
  const options = parseExportArgs(args)
  const rooms = await store.listRooms(options.workshop)
  const boards = options.room || options.snapshot ? 1 : rooms.length
  const progress = withProgress(storeDocSource(store), io, boards + 1)
  let download
  try {
    const exp = await gatherExport(
      { store, readDoc: progress.source, clock: systemClock },
      {
        workshopId: options.workshop,
        roomId: options.room,
        snapshotId: options.snapshot,
        deidentified: options.deidentified,
      },
    )
    download = await renderExport(exp, options.format)
  } finally {
    progress.stop()
  }
  const out = path.resolve(io.cwd, options.out ?? download.filename)
  await fs.writeFile(out, download.bytes)
  const size =
    typeof download.bytes === 'string'
      ? Buffer.byteLength(download.bytes)
      : download.bytes.byteLength
  io.print(`Wrote ${out} (${size.toLocaleString('en')} bytes)`)
}
