import { toCsv } from './csv.js'
import type { ExportNote, WorkshopExport } from './format.js'

/**
 * The UTF-8 byte order mark. The CSV builders return plain UTF-8 without it; a server sending a
 * CSV download prefixes it (withBom) because Excel otherwise reads UTF-8 as the local code page
 * and garbles accents, emoji and right-to-left scripts.
 */
export const UTF8_BOM = '\ufeff'

/** `csv` with the UTF-8 byte order mark in front (for downloads meant for Excel). */
export function withBom(csv: string): string {
  return csv.startsWith(UTF8_BOM) ? csv : UTF8_BOM + csv
}

/** What a note's lane shows when the lane was removed (as the board labels it). */
export const UNSORTED_LANE_NAME = 'Unsorted'

/** The column names of notes.csv, in order. */
export const NOTES_CSV_COLUMNS = [
  'room_id',
  'room',
  'snapshot_id',
  'note_id',
  'lane_id',
  'lane',
  'author_sector',
  'author',
  'author_key',
  'round_id',
  'round',
  'text',
  'votes',
  'codes',
  'themes',
  'origin_room_id',
  'origin_note_id',
  'created_at',
  'updated_at',
] as const

/** The column names of threads.csv, in order. */
export const THREADS_CSV_COLUMNS = [
  'room_id',
  'room',
  'thread_id',
  'kind',
  'label',
  'from_note_id',
  'from_lane',
  'from_text',
  'to_note_id',
  'to_lane',
  'to_text',
  'created_at',
] as const

/** Several names in one cell. */
const LIST_SEPARATOR = '; '

/** Lookups the CSV rows need: lane, round, code and theme names by id. */
function namesOf(exp: WorkshopExport) {
  const laneNames = new Map(exp.lanes.map((lane) => [lane.id, lane.name]))
  const roundTitles = new Map(exp.rounds.map((round) => [round.id, round.title]))
  const codes = new Map(exp.codebook.codes.map((code) => [code.id, code]))
  return {
    lane: (laneId: string): string => laneNames.get(laneId) ?? UNSORTED_LANE_NAME,
    round: (roundId: string | null): string =>
      roundId === null ? '' : (roundTitles.get(roundId) ?? ''),
    codes: (codeIds: readonly string[]): string =>
      codeIds.flatMap((id) => codes.get(id)?.name ?? []).join(LIST_SEPARATOR),
    // Each theme once, in codebook order, whatever order the note's codes are in.
    themes: (codeIds: readonly string[]): string => {
      const themeIds = new Set(codeIds.flatMap((id) => codes.get(id)?.themeId ?? []))
      return exp.codebook.themes
        .filter((theme) => themeIds.has(theme.id))
        .map((theme) => theme.name)
        .join(LIST_SEPARATOR)
    },
  }
}

/**
 * notes.csv: one row per note of every room in the export (NOTES_CSV_COLUMNS), in export order.
 * Cells are neutralised against formula injection by toCsv; plain UTF-8, no BOM.
 */
export function notesCsv(exp: WorkshopExport): string {
  const names = namesOf(exp)
  const rows = exp.rooms.flatMap((room) =>
    room.notes.map((note) => [
      room.id,
      room.name,
      room.snapshot?.id ?? null,
      note.id,
      note.laneId,
      names.lane(note.laneId),
      note.authorSector,
      note.author,
      note.authorKey,
      note.roundId,
      names.round(note.roundId),
      note.text,
      note.votes,
      names.codes(note.codes),
      names.themes(note.codes),
      note.origin?.roomId ?? null,
      note.origin?.noteId ?? null,
      note.createdAt,
      note.updatedAt,
    ]),
  )
  return toCsv(NOTES_CSV_COLUMNS, rows)
}

/**
 * threads.csv: one row per thread (THREADS_CSV_COLUMNS) with the lane and text of the notes it
 * joins, so the file reads on its own. Plain UTF-8, no BOM.
 */
export function threadsCsv(exp: WorkshopExport): string {
  const names = namesOf(exp)
  const rows = exp.rooms.flatMap((room) => {
    const notes = new Map<string, ExportNote>(room.notes.map((note) => [note.id, note]))
    return room.threads.map((thread) => {
      const from = notes.get(thread.from)
      const to = notes.get(thread.to)
      return [
        room.id,
        room.name,
        thread.id,
        thread.kind,
        thread.label,
        thread.from,
        from ? names.lane(from.laneId) : null,
        from?.text ?? null,
        thread.to,
        to ? names.lane(to.laneId) : null,
        to?.text ?? null,
        thread.createdAt,
      ]
    })
  })
  return toCsv(THREADS_CSV_COLUMNS, rows)
}
