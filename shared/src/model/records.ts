import { z } from 'zod'

/** Longest note text a command will write, in UTF-16 code units. */
export const NOTE_TEXT_MAX_LENGTH = 2000
/** Longest thread label. */
export const THREAD_LABEL_MAX_LENGTH = 120
/** Longest lane name. */
export const LANE_NAME_MAX_LENGTH = 60

/** The kinds of weaving thread the product names; `connection` is the default. */
export const THREAD_KINDS = [
  'connection',
  'shared-goal',
  'referral-path',
  'gap',
  'partnership',
] as const
/** One of THREAD_KINDS. */
export type ThreadKind = (typeof THREAD_KINDS)[number]

const finite = z.number().finite()
const hexColor = z.string().regex(/^#[0-9a-f]{6}$/i)

/** A sector lane, as read from the workshop control document. */
export const laneSchema = z.object({
  id: z.string().min(1),
  name: z.string().max(LANE_NAME_MAX_LENGTH),
  color: hexColor,
  order: finite,
  sectorId: z.string().nullable(),
  /** Locked lanes cannot be changed by participants (the server enforces it). */
  locked: z.boolean(),
})
/** A sector lane. */
export type Lane = z.infer<typeof laneSchema>

/** A sticky note as the board shows it (text flattened from its Y.Text). */
export const noteSchema = z.object({
  id: z.string().min(1),
  laneId: z.string(),
  x: finite,
  y: finite,
  width: finite.positive(),
  height: finite.positive(),
  text: z.string(),
  color: hexColor.nullable(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  authorSector: z.string().nullable(),
  /** The reflection round the note answers, if it was written during one. */
  roundId: z.string().nullable(),
  /** For notes harvested from a breakout room: where the original is. */
  originRoomId: z.string().nullable(),
  originNoteId: z.string().nullable(),
  createdAt: finite,
  updatedAt: finite,
})
/** A sticky note. */
export type Note = z.infer<typeof noteSchema>

/** A weaving thread between two notes. */
export const threadSchema = z.object({
  id: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  label: z.string().max(THREAD_LABEL_MAX_LENGTH),
  kind: z.enum(THREAD_KINDS),
  authorId: z.string().nullable(),
  createdAt: finite,
})
/** A weaving thread. */
export type Thread = z.infer<typeof threadSchema>

/** Who is making a change: stamped on notes and threads they create. */
export interface Author {
  /** null for notes whose author was removed (anonymised on reveal). */
  readonly id: string | null
  /** null when the author chose to stay anonymous. */
  readonly name: string | null
  readonly sector: string | null
}
