import { strToU8, zipSync } from 'fflate'
import {
  boardSvg,
  matrixCsv,
  matrixSvg,
  notesCsv,
  themesCsv,
  threadsCsv,
  withBom,
  type ExportFormat,
  type WorkshopExport,
} from '@weave/shared'
import { Download } from './download.js'
import { ServiceError } from '../service-error.js'
import { svgToPng } from './rasterise.js'

const CSV = 'text/csv; charset=utf-8'
const SVG = 'image/svg+xml; charset=utf-8'
const PNG = 'image/png'

/** A file-name-safe slug (ASCII letters, digits and dashes) of a title. */
export function slug(text: string): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_-]+/g, '-')
    .toLowerCase()
    .slice(0, 40)
  return cleaned || 'board'
}

/** The room a board image draws: the export must cover exactly one room. */
function onlyRoom(exp: WorkshopExport): string {
  const [room, ...others] = exp.rooms
  if (!room || others.length > 0)
    throw new ServiceError(
      400,
      'choose_a_room',
      'Board images are per room: name a room or a snapshot.',
    )
  return room.id
}

/** The base of every file name: workshop (and room or snapshot), plus "-deidentified". */
function baseName(exp: WorkshopExport): string {
  const parts = [slug(exp.workshop.title)]
  if (exp.scope.kind !== 'workshop') parts.push(slug(exp.rooms[0]?.name ?? 'room'))
  if (exp.scope.kind === 'snapshot') parts.push(slug(exp.rooms[0]?.snapshot?.name ?? 'snapshot'))
  if (exp.deidentified) parts.push('deidentified')
  return parts.join('-')
}

/** What a zip holds, explained for whoever opens it. */
function readme(exp: WorkshopExport): string {
  return [
    `Weave export of "${exp.workshop.title}" (${exp.exportedAt})`,
    exp.deidentified ? 'De-identified: names are replaced by pseudonyms.' : '',
    '',
    'export.json       everything, self-describing (schemaVersion ' + exp.schemaVersion + ')',
    'notes.csv         one row per note',
    'threads.csv       one row per weaving thread',
    'themes.csv        codes and themes with counts per lane',
    'weave-matrix.csv  threads between each pair of lanes',
    'weave-matrix.svg  the same, as a heatmap',
    "boards/*.svg      each room's board as it looks",
    '',
    'CSV files are UTF-8 with a byte-order mark; cells that would start a spreadsheet formula',
    'begin with an apostrophe. See docs/export-format.md in the Weave repository.',
    '',
  ].join('\r\n')
}

/** Every file of a whole-workshop zip. */
function zipFiles(exp: WorkshopExport): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'README.txt': strToU8(readme(exp)),
    'export.json': strToU8(JSON.stringify(exp, null, 2)),
    'notes.csv': strToU8(withBom(notesCsv(exp))),
    'threads.csv': strToU8(withBom(threadsCsv(exp))),
    'themes.csv': strToU8(withBom(themesCsv(exp))),
    'weave-matrix.csv': strToU8(withBom(matrixCsv(exp))),
    'weave-matrix.svg': strToU8(matrixSvg(exp)),
  }
  const used = new Set<string>()
  for (const room of exp.rooms) {
    let name = `boards/${String(room.position).padStart(2, '0')}-${slug(room.name)}.svg`
    if (used.has(name)) name = name.replace(/\.svg$/, `-${room.id}.svg`)
    used.add(name)
    files[name] = strToU8(boardSvg(exp, room.id))
  }
  return zipSync(files, { level: 6, mtime: new Date(exp.exportedAt) })
}

/** Turns an export into the requested file. */
export async function renderExport(exp: WorkshopExport, format: ExportFormat): Promise<Download> {
  const base = baseName(exp)
  switch (format) {
    case 'json':
      return new Download(
        JSON.stringify(exp, null, 2),
        'application/json; charset=utf-8',
        `${base}.json`,
      )
    case 'notes.csv':
      return new Download(withBom(notesCsv(exp)), CSV, `${base}-notes.csv`)
    case 'threads.csv':
      return new Download(withBom(threadsCsv(exp)), CSV, `${base}-threads.csv`)
    case 'themes.csv':
      return new Download(withBom(themesCsv(exp)), CSV, `${base}-themes.csv`)
    case 'matrix.csv':
      return new Download(withBom(matrixCsv(exp)), CSV, `${base}-weave-matrix.csv`)
    case 'zip':
      return new Download(zipFiles(exp), 'application/zip', `${base}.zip`)
    case 'svg':
      return new Download(boardSvg(exp, onlyRoom(exp)), SVG, `${base}.svg`)
    case 'png':
      return new Download(await svgToPng(boardSvg(exp, onlyRoom(exp))), PNG, `${base}.png`)
    case 'matrix.svg':
      return new Download(matrixSvg(exp), SVG, `${base}-weave-matrix.svg`)
    case 'matrix.png':
      return new Download(await svgToPng(matrixSvg(exp)), PNG, `${base}-weave-matrix.png`)
  }
}
