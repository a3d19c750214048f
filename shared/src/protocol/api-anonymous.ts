import { z } from 'zod'
import { NOTE_TEXT_MAX_LENGTH, THREAD_KINDS, THREAD_LABEL_MAX_LENGTH } from '../model/records.js'

/**
 * Anonymous writing goes through the server: it writes anonymous notes and threads into the room
 * with its own Yjs client, so nothing a participant receives (fields, struct client ids, presence)
 * ties them to their author. The server alone can tell the author (a sealed link on the record).
 * Routes, under `/api/workshops/:workshopId/rooms/:roomId/anonymous`:
 * - `GET  /mine`: the ids of my anonymous notes and threads in this room (AnonymousMine);
 * - `POST /notes` (AnonymousNoteRequest) → 201 AnonymousWritten; `POST /notes/:noteId`
 *   (AnonymousNoteChange) → 200; `DELETE /notes/:noteId` → 200;
 * - the same three for `/threads` (AnonymousThreadRequest, AnonymousThreadChange).
 */

const id = z.string().min(1).max(64)
const coordinate = z.number().finite()
const size = z.number().finite().positive()
const color = z
  .string()
  .regex(/^#[0-9a-f]{6}$/i, 'must be a #rrggbb colour')
  .nullable()

/** `POST …/anonymous/notes` body: where and what; the server places, stamps and seals it. */
export const anonymousNoteRequestSchema = z.strictObject({
  laneId: id,
  x: coordinate,
  y: coordinate,
  text: z.string().max(NOTE_TEXT_MAX_LENGTH).optional(),
  width: size.optional(),
  height: size.optional(),
  color: color.optional(),
})
/** `POST …/anonymous/notes` body. */
export type AnonymousNoteRequest = z.infer<typeof anonymousNoteRequestSchema>

/** `POST …/anonymous/notes/:noteId` body: the fields to change (at least one). */
export const anonymousNoteChangeSchema = z
  .strictObject({
    text: z.string().max(NOTE_TEXT_MAX_LENGTH).optional(),
    laneId: id.optional(),
    x: coordinate.optional(),
    y: coordinate.optional(),
    width: size.optional(),
    height: size.optional(),
    color: color.optional(),
  })
  .refine((change) => Object.keys(change).length > 0, 'must change at least one field')
  .refine((change) => (change.x === undefined) === (change.y === undefined), 'x and y go together')
  .refine(
    (change) => (change.width === undefined) === (change.height === undefined),
    'width and height go together',
  )
/** `POST …/anonymous/notes/:noteId` body. */
export type AnonymousNoteChange = z.infer<typeof anonymousNoteChangeSchema>

/** `POST …/anonymous/threads` body. */
export const anonymousThreadRequestSchema = z.strictObject({
  from: id,
  to: id,
  label: z.string().max(THREAD_LABEL_MAX_LENGTH).optional(),
  kind: z.enum(THREAD_KINDS).optional(),
})
/** `POST …/anonymous/threads` body. */
export type AnonymousThreadRequest = z.infer<typeof anonymousThreadRequestSchema>

/** `POST …/anonymous/threads/:threadId` body. */
export const anonymousThreadChangeSchema = z
  .strictObject({
    label: z.string().max(THREAD_LABEL_MAX_LENGTH).optional(),
    kind: z.enum(THREAD_KINDS).optional(),
  })
  .refine((change) => Object.keys(change).length > 0, 'must change at least one field')
/** `POST …/anonymous/threads/:threadId` body. */
export type AnonymousThreadChange = z.infer<typeof anonymousThreadChangeSchema>

/** The answer to an anonymous write: the record's id. */
export interface AnonymousWritten {
  readonly id: string
}

/** `GET …/anonymous/mine`: my anonymous notes and threads in this room (only I am told). */
export interface AnonymousMine {
  readonly notes: readonly string[]
  readonly threads: readonly string[]
}
