// zod/mini: the same validation as zod's classic API, at a fraction of the browser's download.
import * as z from 'zod/mini'

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

// zod 4 numbers are finite (no Infinity, no NaN).
const finite = z.number()
const positive = z.number().check(z.positive())
const hexColor = z.string().check(z.regex(/^#[0-9a-f]{6}$/i))
const nonEmpty = z.string().check(z.minLength(1))

/** A sector lane, as read from the workshop control document. */
export const laneSchema = z.object({
  id: nonEmpty,
  name: z.string().check(z.maxLength(LANE_NAME_MAX_LENGTH)),
  color: hexColor,
  order: finite,
  sectorId: z.nullable(z.string()),
  /** Locked lanes cannot be changed by participants (the server enforces it). */
  locked: z.boolean(),
})
/** A sector lane. */
export type Lane = z.infer<typeof laneSchema>

/** A sticky note as the board shows it (text flattened from its Y.Text). */
export const noteSchema = z.object({
  id: nonEmpty,
  laneId: z.string(),
  x: finite,
  y: finite,
  width: positive,
  height: positive,
  text: z.string(),
  color: z.nullable(hexColor),
  authorId: z.nullable(z.string()),
  authorName: z.nullable(z.string()),
  authorSector: z.nullable(z.string()),
  /**
   * On anonymous notes: a link to the author that only the server can open (a random nonce and
   * its MAC under the server's secret), so the author can change it and nobody else can tell.
   */
  authorSeal: z.optional(z.nullable(z.string())),
  /** The reflection round the note answers, if it was written during one. */
  roundId: z.nullable(z.string()),
  /** For notes harvested from a breakout room: where the original is. */
  originRoomId: z.nullable(z.string()),
  originNoteId: z.nullable(z.string()),
  /**
   * The cluster the note belongs to (at most one, by construction); null when none, or when the
   * stored id names no cluster (dissolved concurrently). Optional: notes written before clusters
   * (and records kept from then) have none, and readers fill in null.
   */
  clusterId: z.optional(z.nullable(z.string())),
  createdAt: finite,
  updatedAt: finite,
})
/** A sticky note. */
export type Note = z.infer<typeof noteSchema>

/** A weaving thread between two notes. */
export const threadSchema = z.object({
  id: nonEmpty,
  from: nonEmpty,
  to: nonEmpty,
  label: z.string().check(z.maxLength(THREAD_LABEL_MAX_LENGTH)),
  kind: z.enum(THREAD_KINDS),
  authorId: z.nullable(z.string()),
  /** On anonymous threads: the sealed link to their author (see the note's). */
  authorSeal: z.optional(z.nullable(z.string())),
  createdAt: finite,
})
/** A weaving thread. */
export type Thread = z.infer<typeof threadSchema>

/** Longest cluster name (the pattern people see). */
export const CLUSTER_NAME_MAX_LENGTH = 80

/** A named group of notes on a board; its notes name it in their `clusterId`. */
export const clusterSchema = z.object({
  id: nonEmpty,
  name: z.string().check(z.maxLength(CLUSTER_NAME_MAX_LENGTH)),
  color: z.nullable(hexColor),
  collapsed: z.boolean(),
  createdAt: finite,
  /** The participant who made it; null when made anonymously or by the server. */
  createdBy: z.nullable(z.string()),
})
/** A cluster of notes. */
export type Cluster = z.infer<typeof clusterSchema>

/** Who is making a change: stamped on notes and threads they create. */
export interface Author {
  /** null for notes whose author was removed (anonymised on reveal). */
  readonly id: string | null
  /** null when the author chose to stay anonymous. */
  readonly name: string | null
  readonly sector: string | null
  /** For anonymous records the server writes: the sealed link to their author. */
  readonly seal?: string | null
}
