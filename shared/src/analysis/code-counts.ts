import { noteKey } from '../export/build.js'
import type { ExportNote, ExportRoom, WorkshopExport } from '../export/format.js'
import { analysisLanes, UNSORTED_LANE } from './lane-order.js'

/** What the columns of a code count table stand for. */
export type CodeCountDimension = 'lane' | 'room' | 'round'

/** A column of a code count table. */
export interface CodeCountColumn {
  readonly id: string
  readonly label: string
}

/** A theme, or one of its codes, and the notes it was applied to per column. */
export interface CodeCountRow {
  readonly kind: 'theme' | 'code'
  readonly id: string
  readonly label: string
  /** A code's theme (null when ungrouped); a theme's own id (null for the "Ungrouped" row). */
  readonly themeId: string | null
  /** Note keys (`${roomId}/${noteId}`) per column id; every column has an entry. */
  readonly cells: Readonly<Record<string, string[]>>
  /** Every distinct note key of the row. */
  readonly total: string[]
}

/** Codes and themes counted over lanes, rooms or rounds. */
export interface CodeCountTable {
  readonly columns: readonly CodeCountColumn[]
  readonly rows: readonly CodeCountRow[]
}

/** The row holding codes without a theme; "~" keeps it apart from real ids. */
export const UNGROUPED_THEME = { id: '~ungrouped', label: 'Ungrouped' } as const
/** The column for notes written outside any round (or in a round the export does not list). */
export const NO_ROUND_COLUMN = { id: '~no-round', label: 'No round' } as const

interface CodedNote {
  readonly key: string
  readonly columnId: string
  readonly codeIds: ReadonlySet<string>
}

/**
 * How often each code and theme was applied, split by lane, room or round. Rows run theme, then
 * its codes; codes without a theme come last under an "Ungrouped" row (only when there are any).
 * A theme's cell holds the distinct notes carrying any of its codes.
 */
export function codeCounts(exp: WorkshopExport, by: CodeCountDimension): CodeCountTable {
  const knownCodes = new Set(exp.codebook.codes.map((code) => code.id))
  const columnOf = columnResolver(exp, by)
  const coded: CodedNote[] = exp.rooms.flatMap((room) =>
    room.notes.flatMap((note) => {
      const codeIds = new Set(note.codes.filter((id) => knownCodes.has(id)))
      if (codeIds.size === 0) return []
      return [{ key: noteKey(room.id, note.id), columnId: columnOf(room, note).id, codeIds }]
    }),
  )
  const columns = columnsFor(exp, by, coded)
  const row = (kind: 'theme' | 'code', id: string, label: string, themeId: string | null) => {
    const codeIds = kind === 'code' ? [id] : codesOfTheme(exp, themeId)
    return countRow(kind, id, label, themeId, columns, coded, codeIds)
  }
  const themeIds = new Set(exp.codebook.themes.map((theme) => theme.id))
  const rows: CodeCountRow[] = []
  for (const theme of exp.codebook.themes) {
    rows.push(row('theme', theme.id, theme.name, theme.id))
    for (const code of exp.codebook.codes.filter((c) => c.themeId === theme.id)) {
      rows.push(row('code', code.id, code.name, theme.id))
    }
  }
  const ungrouped = exp.codebook.codes.filter((c) => c.themeId === null || !themeIds.has(c.themeId))
  if (ungrouped.length > 0) {
    const ids = ungrouped.map((code) => code.id)
    rows.push(
      countRow('theme', UNGROUPED_THEME.id, UNGROUPED_THEME.label, null, columns, coded, ids),
    )
    for (const code of ungrouped) rows.push(row('code', code.id, code.name, null))
  }
  return { columns, rows }
}

function codesOfTheme(exp: WorkshopExport, themeId: string | null): string[] {
  return exp.codebook.codes.filter((code) => code.themeId === themeId).map((code) => code.id)
}

function countRow(
  kind: 'theme' | 'code',
  id: string,
  label: string,
  themeId: string | null,
  columns: readonly CodeCountColumn[],
  coded: readonly CodedNote[],
  codeIds: readonly string[],
): CodeCountRow {
  const cells = new Map<string, string[]>(columns.map((column) => [column.id, []]))
  const total: string[] = []
  for (const note of coded) {
    if (!codeIds.some((codeId) => note.codeIds.has(codeId))) continue
    cells.get(note.columnId)?.push(note.key)
    total.push(note.key)
  }
  // fromEntries defines own properties, so an id like "__proto__" stays an ordinary key.
  return { kind, id, label, themeId, cells: Object.fromEntries(cells), total }
}

function columnResolver(
  exp: WorkshopExport,
  by: CodeCountDimension,
): (room: ExportRoom, note: ExportNote) => CodeCountColumn {
  if (by === 'room') return (room) => ({ id: room.id, label: room.name })
  if (by === 'lane') {
    const { laneOf } = analysisLanes(exp.lanes)
    return (_room, note) => {
      const lane = laneOf(note)
      return { id: lane.id, label: lane.name }
    }
  }
  const rounds = new Map(exp.rounds.map((round) => [round.id, round]))
  return (_room, note) => {
    const round = note.roundId === null ? undefined : rounds.get(note.roundId)
    return round ? { id: round.id, label: round.title } : NO_ROUND_COLUMN
  }
}

function columnsFor(
  exp: WorkshopExport,
  by: CodeCountDimension,
  coded: readonly CodedNote[],
): CodeCountColumn[] {
  const used = new Set(coded.map((note) => note.columnId))
  if (by === 'room') {
    return [...exp.rooms]
      .sort((a, b) => a.position - b.position)
      .map((room) => ({ id: room.id, label: room.name }))
  }
  if (by === 'lane') {
    const lanes = analysisLanes(exp.lanes).known.map((lane) => ({ id: lane.id, label: lane.name }))
    return used.has(UNSORTED_LANE.id)
      ? [...lanes, { id: UNSORTED_LANE.id, label: UNSORTED_LANE.name }]
      : lanes
  }
  const rounds = exp.rounds.map((round) => ({ id: round.id, label: round.title }))
  return used.has(NO_ROUND_COLUMN.id) ? [...rounds, { ...NO_ROUND_COLUMN }] : rounds
}

/** A note of the export with the room it is in. */
export interface NoteInRoom {
  readonly room: ExportRoom
  readonly note: ExportNote
}

/** The notes behind note keys (e.g. a count the organiser clicked), in key order; unknown keys are skipped. */
export function notesForKeys(exp: WorkshopExport, keys: readonly string[]): NoteInRoom[] {
  const index = new Map<string, NoteInRoom>()
  for (const room of exp.rooms) {
    for (const note of room.notes) index.set(noteKey(room.id, note.id), { room, note })
  }
  return keys.flatMap((key) => {
    const found = index.get(key)
    return found ? [found] : []
  })
}
