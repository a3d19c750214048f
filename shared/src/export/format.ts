import { z } from 'zod'
import {
  LANE_NAME_MAX_LENGTH,
  NOTE_TEXT_MAX_LENGTH,
  THREAD_KINDS,
  THREAD_LABEL_MAX_LENGTH,
} from '../model/records.js'
import { WRITING_MODES } from '../model/control/round.js'
import { PHASES } from '../model/control/workshop.js'

/**
 * The export format: one self-describing JSON document per export, whatever its scope (a whole
 * workshop, one room, or one snapshot of a room). CSV, SVG and PNG exports and the analysis view
 * are all derived from it, so this schema is the single description of what leaves the server.
 * docs/export-format.md explains every field; docs/export-format.schema.json is generated from it.
 *
 * Exports never hold Yjs bytes, client ids, tokens, or deleted text (they are built from the model
 * readers, which only see live content), and never the name-to-pseudonym mapping.
 */
export const EXPORT_SCHEMA_VERSION = 1

const isoTime = z.iso.datetime({ offset: false }).describe('UTC time, ISO 8601 with milliseconds')
const id = z.string().min(1).max(64)
const hexColor = z.string().regex(/^#[0-9a-f]{6}$/i)
const finite = z.number().finite()

/** What the export covers. */
export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('workshop') }),
  z.strictObject({ kind: z.literal('room'), roomId: id }),
  z.strictObject({ kind: z.literal('snapshot'), roomId: id, snapshotId: id }),
])
/** What an export covers. */
export type ExportScope = z.infer<typeof exportScopeSchema>

/** A sector lane (workshop-wide: every room shares the lanes). */
export const exportLaneSchema = z.strictObject({
  id,
  name: z.string().max(LANE_NAME_MAX_LENGTH),
  color: hexColor,
  order: finite,
  sectorId: z.string().max(64).nullable(),
  locked: z.boolean(),
})
/** A lane in an export. */
export type ExportLane = z.infer<typeof exportLaneSchema>

/** A sticky note as exported. */
export const exportNoteSchema = z.strictObject({
  id,
  laneId: z.string().max(64).describe('may name a lane that was removed ("Unsorted")'),
  /** Position relative to the lane's left edge, and size, in canvas units. */
  x: finite,
  y: finite,
  width: finite.positive(),
  height: finite.positive(),
  color: hexColor.nullable(),
  text: z.string().max(NOTE_TEXT_MAX_LENGTH),
  /** The author's name, or their pseudonym in a de-identified export; null when anonymous. */
  author: z.string().max(200).nullable(),
  /**
   * A stable key per author within the workshop (the participant id, or the pseudonym when
   * de-identified), so two people with the same name stay apart; null when anonymous.
   */
  authorKey: z.string().max(64).nullable(),
  /** The sector the author gave when joining (kept in every mode). */
  authorSector: z.string().max(64).nullable(),
  roundId: z.string().max(64).nullable(),
  /** Dots the note received, over every closed vote. */
  votes: z.number().int().nonnegative(),
  /** Ids of the codebook codes applied to the note. */
  codes: z.array(id),
  /** Where a note harvested from a breakout room came from. */
  origin: z.strictObject({ roomId: id, noteId: id }).nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
})
/** A note in an export. */
export type ExportNote = z.infer<typeof exportNoteSchema>

/** A weaving thread as exported. */
export const exportThreadSchema = z.strictObject({
  id,
  from: id,
  to: id,
  label: z.string().max(THREAD_LABEL_MAX_LENGTH),
  kind: z.enum(THREAD_KINDS),
  createdAt: isoTime,
})
/** A thread in an export. */
export type ExportThread = z.infer<typeof exportThreadSchema>

/** The snapshot a room's board comes from (snapshot exports only). */
export const exportSnapshotSchema = z.strictObject({
  id,
  name: z.string().max(200),
  reason: z.enum(['manual', 'round-end', 'closed']),
  roundId: z.string().max(64).nullable(),
  /** Who took it (name or pseudonym); null for automatic snapshots. */
  takenBy: z.string().max(200).nullable(),
  takenAt: isoTime,
})
/** A snapshot in an export. */
export type ExportSnapshot = z.infer<typeof exportSnapshotSchema>

/** One room and its board. */
export const exportRoomSchema = z.strictObject({
  id,
  name: z.string().max(200),
  position: finite,
  closed: z.boolean(),
  snapshot: exportSnapshotSchema.nullable(),
  notes: z.array(exportNoteSchema),
  threads: z.array(exportThreadSchema),
})
/** A room in an export. */
export type ExportRoom = z.infer<typeof exportRoomSchema>

/** A reflection round of the workshop. */
export const exportRoundSchema = z.strictObject({
  id,
  title: z.string().max(500),
  prompt: z.string().max(2000),
  mode: z.enum(WRITING_MODES),
  startedAt: isoTime,
  endedAt: isoTime.nullable(),
})
/** A round in an export. */
export type ExportRound = z.infer<typeof exportRoundSchema>

/** A theme of the codebook: a group of codes with a short description. */
export const exportThemeSchema = z.strictObject({
  id,
  name: z.string().min(1).max(120),
  description: z.string().max(1000),
  color: hexColor,
})
/** A theme in an export. */
export type ExportTheme = z.infer<typeof exportThemeSchema>

/** A code of the codebook, in at most one theme. */
export const exportCodeSchema = z.strictObject({
  id,
  name: z.string().min(1).max(120),
  description: z.string().max(1000),
  themeId: id.nullable(),
})
/** A code in an export. */
export type ExportCode = z.infer<typeof exportCodeSchema>

/** A whole export. */
export const workshopExportSchema = z.strictObject({
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  kind: z.literal('weave.export'),
  exportedAt: isoTime,
  scope: exportScopeSchema,
  /** True when names were replaced by pseudonyms. */
  deidentified: z.boolean(),
  workshop: z.strictObject({
    id,
    title: z.string().max(200),
    createdAt: isoTime,
    phase: z.enum(PHASES),
  }),
  lanes: z.array(exportLaneSchema),
  rooms: z.array(exportRoomSchema),
  rounds: z.array(exportRoundSchema),
  codebook: z.strictObject({
    themes: z.array(exportThemeSchema),
    codes: z.array(exportCodeSchema),
  }),
})
/** A whole export. */
export type WorkshopExport = z.infer<typeof workshopExportSchema>

/** Milliseconds since the epoch as an export time. */
export function exportTime(ms: number): string {
  return new Date(ms).toISOString()
}

/** An export time back to milliseconds since the epoch. */
export function importTime(iso: string): number {
  return Date.parse(iso)
}
