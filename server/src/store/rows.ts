import type { Role } from '@weave/shared'
import type {
  CodeRecord,
  HiddenNoteRecord,
  ParticipantRecord,
  RoomRecord,
  SnapshotRecord,
  ThemeRecord,
  VoteRecord,
  WorkshopRecord,
} from './types.js'

// Table rows as both stores return them. PostgreSQL hands BIGINT back as strings and SQLite stores
// booleans as 0/1, so numbers go through Number() and flags through Boolean().
type Int = number | string

/** A `workshops` row. */
export interface WorkshopRow {
  id: string
  title: string
  join_code: string
  observer_code: string
  created_at: Int
}
/** A `rooms` row. */
export interface RoomRow {
  id: string
  workshop_id: string
  name: string
  position: number
  created_at: Int
  closed: number | boolean
}
/** A `participants` row. */
export interface ParticipantRow {
  id: string
  workshop_id: string
  role: Role
  display_name: string | null
  sector: string | null
  created_at: Int
}
/** A `votes` row. */
export interface VoteRow {
  id: string
  workshop_id: string
  dots_per_person: number
  round_id: string | null
  status: 'open' | 'closed'
  opened_at: Int
  closed_at: Int | null
}
/** A `hidden_notes` row. */
export interface HiddenRow {
  workshop_id: string
  room_id: string
  note_id: string
  note_json: string
  hidden_by: string
  hidden_at: Int
}
/** A `snapshots` row (without `state` when listed). */
export interface SnapshotRow {
  id: string
  workshop_id: string
  room_id: string
  name: string
  reason: SnapshotRecord['reason']
  round_id: string | null
  taken_by: string | null
  taken_at: Int
  state?: Uint8Array
}

/** Maps a `workshops` row. */
export const toWorkshop = (row: WorkshopRow): WorkshopRecord => ({
  id: row.id,
  title: row.title,
  joinCode: row.join_code,
  observerCode: row.observer_code,
  createdAt: Number(row.created_at),
})

/** Maps a `rooms` row. */
export const toRoom = (row: RoomRow): RoomRecord => ({
  id: row.id,
  workshopId: row.workshop_id,
  name: row.name,
  position: row.position,
  createdAt: Number(row.created_at),
  closed: Boolean(row.closed),
})

/** Maps a `participants` row. */
export const toParticipant = (row: ParticipantRow): ParticipantRecord => ({
  id: row.id,
  workshopId: row.workshop_id,
  role: row.role,
  displayName: row.display_name,
  sector: row.sector,
  createdAt: Number(row.created_at),
})

/** Maps a `votes` row. */
export const toVote = (row: VoteRow): VoteRecord => ({
  id: row.id,
  workshopId: row.workshop_id,
  dotsPerPerson: row.dots_per_person,
  roundId: row.round_id,
  status: row.status,
  openedAt: Number(row.opened_at),
  closedAt: row.closed_at === null ? null : Number(row.closed_at),
})

/** Maps a `hidden_notes` row. */
export const toHidden = (row: HiddenRow): HiddenNoteRecord => ({
  workshopId: row.workshop_id,
  roomId: row.room_id,
  noteId: row.note_id,
  noteJson: row.note_json,
  hiddenBy: row.hidden_by,
  hiddenAt: Number(row.hidden_at),
})

/** Maps a `snapshots` row without its state. */
export const toSnapshotInfo = (row: SnapshotRow): Omit<SnapshotRecord, 'state'> => ({
  id: row.id,
  workshopId: row.workshop_id,
  roomId: row.room_id,
  name: row.name,
  reason: row.reason,
  roundId: row.round_id,
  takenBy: row.taken_by,
  takenAt: Number(row.taken_at),
})

/** A `themes` row. */
export interface ThemeRow {
  id: string
  workshop_id: string
  name: string
  description: string
  color: string
  created_at: Int
}
/** A `codes` row. */
export interface CodeRow {
  id: string
  workshop_id: string
  theme_id: string | null
  name: string
  description: string
  created_at: Int
}
/** A `codings` row. */
export interface CodingRow {
  room_id: string
  note_id: string
  code_id: string
}
/** A dot total per note. */
export interface DotTotalRow {
  room_id: string
  note_id: string
  dots: Int
}

/** Maps a `themes` row. */
export const toTheme = (row: ThemeRow): ThemeRecord => ({
  id: row.id,
  workshopId: row.workshop_id,
  name: row.name,
  description: row.description,
  color: row.color,
  createdAt: Number(row.created_at),
})

/** Maps a `codes` row. */
export const toCode = (row: CodeRow): CodeRecord => ({
  id: row.id,
  workshopId: row.workshop_id,
  themeId: row.theme_id,
  name: row.name,
  description: row.description,
  createdAt: Number(row.created_at),
})

/** Maps a `codings` row. */
export const toCoding = (row: CodingRow) => ({
  roomId: row.room_id,
  noteId: row.note_id,
  codeId: row.code_id,
})

/** Maps a dot total row. */
export const toDotTotal = (row: DotTotalRow) => ({
  roomId: row.room_id,
  noteId: row.note_id,
  dots: Number(row.dots),
})

/** A `vote_dots` row without its vote. */
export interface PlacedDotRow {
  participant_id: string
  room_id: string
  note_id: string
  created_at: Int
}

/** Maps a `vote_dots` row. */
export const toPlacedDot = (row: PlacedDotRow) => ({
  participantId: row.participant_id,
  roomId: row.room_id,
  noteId: row.note_id,
  createdAt: Number(row.created_at),
})

/** Label of the dots an import stores: the original voters are not in an export. */
export const IMPORTED_VOTER = 'imported'

/** Dot total per note over the closed votes of a workshop ($1 / ? is the workshop id). */
export const DOT_TOTALS_SQL = (param: string) =>
  `SELECT d.room_id, d.note_id, COUNT(*) AS dots FROM vote_dots d JOIN votes v ON v.id = d.vote_id
   WHERE v.workshop_id = ${param} AND v.status = 'closed' GROUP BY d.room_id, d.note_id
   ORDER BY d.room_id, d.note_id`
