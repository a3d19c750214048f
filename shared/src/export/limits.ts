import type { z } from 'zod'
import {
  exportCodeSchema,
  exportLaneSchema,
  exportNoteSchema,
  exportRoomSchema,
  exportRoundSchema,
  exportSnapshotSchema,
  exportThemeSchema,
  exportThreadSchema,
  exportTime,
  workshopExportSchema,
} from './format.js'

function maxLengthOf(schema: z.ZodString): number {
  return schema.maxLength ?? Number.POSITIVE_INFINITY
}

/** The longest strings the export schema allows, read from the schema so the two never drift. */
export const EXPORT_MAX_LENGTH = {
  id: maxLengthOf(exportNoteSchema.shape.id),
  laneId: maxLengthOf(exportNoteSchema.shape.laneId),
  noteText: maxLengthOf(exportNoteSchema.shape.text),
  author: maxLengthOf(exportNoteSchema.shape.author.unwrap()),
  authorKey: maxLengthOf(exportNoteSchema.shape.authorKey.unwrap()),
  authorSector: maxLengthOf(exportNoteSchema.shape.authorSector.unwrap()),
  roundId: maxLengthOf(exportNoteSchema.shape.roundId.unwrap()),
  threadLabel: maxLengthOf(exportThreadSchema.shape.label),
  laneName: maxLengthOf(exportLaneSchema.shape.name),
  sectorId: maxLengthOf(exportLaneSchema.shape.sectorId.unwrap()),
  roomName: maxLengthOf(exportRoomSchema.shape.name),
  snapshotName: maxLengthOf(exportSnapshotSchema.shape.name),
  takenBy: maxLengthOf(exportSnapshotSchema.shape.takenBy.unwrap()),
  roundTitle: maxLengthOf(exportRoundSchema.shape.title),
  roundPrompt: maxLengthOf(exportRoundSchema.shape.prompt),
  themeName: maxLengthOf(exportThemeSchema.shape.name),
  themeDescription: maxLengthOf(exportThemeSchema.shape.description),
  codeName: maxLengthOf(exportCodeSchema.shape.name),
  codeDescription: maxLengthOf(exportCodeSchema.shape.description),
  workshopTitle: maxLengthOf(workshopExportSchema.shape.workshop.shape.title),
} as const

/**
 * `text` cut to at most `max` UTF-16 code units, without leaving half of a surrogate pair at the
 * end. The model caps what it writes, but stored data may not have come through the model.
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const last = cut.charCodeAt(cut.length - 1)
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut
}

/** `text` cut to `max`, or null when it is null. */
export function fitNullable(text: string | null, max: number): string | null {
  return text === null ? null : fitText(text, max)
}

/** The last millisecond a four-digit-year ISO time can show (9999-12-31T23:59:59.999Z). */
const LATEST_EXPORTABLE_MS = 253_402_300_799_999

/**
 * An export time that always fits the schema: times before 1970, past year 9999 or not finite
 * (which toISOString would reject or write with a six-digit year) are clamped.
 */
export function safeExportTime(ms: number): string {
  if (!Number.isFinite(ms)) return exportTime(0)
  return exportTime(Math.min(Math.max(Math.trunc(ms), 0), LATEST_EXPORTABLE_MS))
}

/** A dot count as the schema wants it: a non-negative integer. */
export function safeCount(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0
}
