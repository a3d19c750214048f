import { z } from 'zod'
import type { ExportCode, ExportTheme } from '../export/format.js'

/**
 * The HTTP API for exports and the analysis codebook (facilitators only; docs/api.md):
 *
 * - `GET  /api/workshops/:wid/exports/:format[?room=<rid>][&snapshot=<sid>][&deidentified=1]`
 *   downloads an export (see EXPORT_FORMATS). With neither `room` nor `snapshot` it covers the
 *   whole workshop; `snapshot` implies its room.
 * - `POST /api/workshops/import` (body: a JSON export) creates a new workshop from it → 201
 *   CreateWorkshopResponse.
 * - `GET  /api/workshops/:wid/codebook` → Codebook
 * - `POST /api/workshops/:wid/codebook/themes` (ThemeInput) → 201 ExportTheme
 * - `POST /api/workshops/:wid/codebook/themes/:themeId` (ThemeInput) → 200 ExportTheme
 * - `DELETE /api/workshops/:wid/codebook/themes/:themeId` → 200 Codebook (its codes stay, ungrouped)
 * - `POST /api/workshops/:wid/codebook/codes` (CodeInput) → 201 ExportCode
 * - `POST /api/workshops/:wid/codebook/codes/:codeId` (CodeInput) → 200 ExportCode
 * - `DELETE /api/workshops/:wid/codebook/codes/:codeId` → 200 Codebook (its codings go too)
 * - `POST /api/workshops/:wid/codebook/codings` (CodingRequest) → 200 Codebook
 */

/** Every export format, as the last path segment of the export route. */
export const EXPORT_FORMATS = [
  'json',
  'notes.csv',
  'threads.csv',
  'themes.csv',
  'matrix.csv',
  'zip',
  'svg',
  'png',
  'matrix.svg',
  'matrix.png',
] as const
/** One of EXPORT_FORMATS. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Formats that draw one board: they need a room or a snapshot. */
export const BOARD_IMAGE_FORMATS: readonly ExportFormat[] = ['svg', 'png']

/** Longest code or theme name, and description. */
export const CODE_NAME_MAX_LENGTH = 120
export const CODE_DESCRIPTION_MAX_LENGTH = 1000
/** Most codes or themes one workshop's codebook holds. */
export const CODEBOOK_MAX_ENTRIES = 500
/** Most notes or codes one coding request names. */
export const CODING_BATCH_MAX = 1000

const name = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(CODE_NAME_MAX_LENGTH, `must be at most ${CODE_NAME_MAX_LENGTH} characters`)
const description = z
  .string()
  .trim()
  .max(CODE_DESCRIPTION_MAX_LENGTH, `must be at most ${CODE_DESCRIPTION_MAX_LENGTH} characters`)
const idField = z.string().regex(/^[a-z0-9]{6,32}$/, 'must be an id')

/** Body to create or update a theme. */
export const themeInputSchema = z.strictObject({
  name,
  description: description.default(''),
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, 'must be a colour like #1d4ed8')
    .optional(),
})
/** Body to create or update a theme. */
export type ThemeInput = z.input<typeof themeInputSchema>

/** Body to create or update a code. */
export const codeInputSchema = z.strictObject({
  name,
  description: description.default(''),
  themeId: idField.nullable().default(null),
})
/** Body to create or update a code. */
export type CodeInput = z.input<typeof codeInputSchema>

/** A note of some room, named for coding. */
export const noteRefSchema = z.strictObject({ roomId: idField, noteId: z.string().min(1).max(64) })
/** A note of some room. */
export type NoteRef = z.infer<typeof noteRefSchema>

/** Body to apply codes to notes or remove them (multi-select, then apply). */
export const codingRequestSchema = z.strictObject({
  action: z.enum(['apply', 'remove']),
  notes: z.array(noteRefSchema).min(1).max(CODING_BATCH_MAX),
  codeIds: z.array(idField).min(1).max(CODING_BATCH_MAX),
})
/** Body to apply or remove codes. */
export type CodingRequest = z.infer<typeof codingRequestSchema>

/** One code applied to one note. Codings belong to the workshop, not to the board documents. */
export interface Coding extends NoteRef {
  readonly codeId: string
}

/** The workshop's codebook and every coding. */
export interface Codebook {
  readonly themes: readonly ExportTheme[]
  readonly codes: readonly ExportCode[]
  readonly codings: readonly Coding[]
}
