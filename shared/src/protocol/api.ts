import { z } from 'zod'
import { SECTOR_IDS } from '../model/sectors.js'
import type { Lane, Note, Thread } from '../model/records.js'
import { PROMPT_MAX_LENGTH, ROUND_MAX_DURATION_MS, WRITING_MODES } from '../model/control/round.js'
import { MAX_DOTS_PER_PERSON } from '../model/control/vote.js'
import type { Sorting } from '../model/control/sorting.js'
import type { Role } from '../permissions/roles.js'

/** Longest workshop title. */
export const TITLE_MAX_LENGTH = 120
/** Longest display name. */
export const DISPLAY_NAME_MAX_LENGTH = 60

const trimmed = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)

/** `POST /api/workshops` body. */
export const createWorkshopRequestSchema = z.strictObject({
  title: trimmed(TITLE_MAX_LENGTH),
  facilitatorName: trimmed(DISPLAY_NAME_MAX_LENGTH).optional(),
})
/** `POST /api/workshops` body. */
export type CreateWorkshopRequest = z.infer<typeof createWorkshopRequestSchema>

/** A room of a workshop, as the API lists it. */
export interface RoomInfo {
  readonly roomId: string
  readonly name: string
  readonly docName: string
}

/** `POST /api/workshops` → 201. */
export interface CreateWorkshopResponse {
  readonly workshopId: string
  readonly facilitatorToken: string
  readonly joinCode: string
  readonly observerCode: string
  readonly rooms: readonly RoomInfo[]
}

const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4,16}$/, 'must be the code from the invitation link')
const sector = z.enum(SECTOR_IDS as [string, ...string[]], {
  error: `must be one of: ${SECTOR_IDS.join(', ')}`,
})

/**
 * `POST /api/workshops/:workshopId/join` body: a named participant, an anonymous participant, or
 * an observer (with the observer code).
 */
export const joinRequestSchema = z.union([
  z.strictObject({
    joinCode: code,
    displayName: trimmed(DISPLAY_NAME_MAX_LENGTH),
    sector,
  }),
  z.strictObject({ joinCode: code, anonymous: z.literal(true), sector: sector.optional() }),
  z.strictObject({ observerCode: code, displayName: trimmed(DISPLAY_NAME_MAX_LENGTH).optional() }),
])
/** `POST /api/workshops/:workshopId/join` body. */
export type JoinRequest = z.infer<typeof joinRequestSchema>

/** `POST /api/workshops/:workshopId/join` → 200. */
export interface JoinResponse {
  readonly token: string
  readonly participantId: string
  readonly role: Role
}

/** `GET /api/workshops/:workshopId` → 200: what the caller's token lets them see. */
export interface WorkshopInfo {
  readonly workshopId: string
  readonly title: string
  readonly role: Role
  readonly participantId: string
  readonly displayName: string | null
  readonly sector: string | null
  readonly controlDocName: string
  readonly lanes: readonly Lane[]
  readonly rooms: readonly RoomInfo[]
  /** Present for facilitators only: the codes for the invitation links. */
  readonly joinCode?: string
  readonly observerCode?: string
}

/** Every machine code an API error can carry (docs/api.md lists them with their statuses). */
export const API_ERROR_CODES = [
  // Any route: the body, the token, the route itself.
  'invalid_json',
  'invalid_request',
  'body_too_large',
  'unsupported_media_type',
  'request_timeout',
  'headers_too_large',
  'invalid_http',
  'unauthenticated',
  'forbidden',
  'removed',
  'wrong_code',
  'wrong_workshop',
  'not_found',
  'method_not_allowed',
  'client_not_built',
  'internal_error',
  // No such thing in this workshop.
  'unknown_workshop',
  'unknown_room',
  'unknown_participant',
  'unknown_lane',
  'unknown_note',
  'unknown_thread',
  'unknown_snapshot',
  'unknown_theme',
  'unknown_code',
  'unknown_format',
  // Refused in the workshop's current state.
  'confirmation_mismatch',
  'refused',
  'not_yours',
  'not_your_room',
  'not_private',
  'choose_a_room',
  'main_room',
  'no_main_room',
  'no_rooms',
  'room_closed',
  'no_round',
  'not_running',
  'not_paused',
  'already_revealed',
  'vote_closed',
  'not_in_vote',
  'no_dots_left',
  'no_vote_results',
  'codebook_full',
  'too_many_codings',
  'invalid_export',
  'import_over_limits',
] as const
/** One of API_ERROR_CODES. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number]

/** Every API error body: a stable machine code and a sentence for people. */
export interface ApiError {
  readonly error: { readonly code: ApiErrorCode; readonly message: string }
}

/** `GET /api/time` → 200: the server's clock, so clients can count down in server time. */
export interface ServerTime {
  readonly now: number
}

/** `POST /api/workshops/:workshopId/rounds` body: start a reflection round (facilitators). */
export const startRoundRequestSchema = z.strictObject({
  title: z.string().trim().max(120).default(''),
  prompt: z.string().trim().min(1, 'must not be empty').max(PROMPT_MAX_LENGTH),
  durationSec: z
    .number()
    .int()
    .min(10)
    .max(ROUND_MAX_DURATION_MS / 1000),
  mode: z.enum(WRITING_MODES),
  /** The rooms to run it in; omitted or null for every room. */
  roomIds: z
    .array(z.string().regex(/^[a-z0-9]{6,32}$/))
    .max(200)
    .nullable()
    .optional(),
})
/** `POST /api/workshops/:workshopId/rounds` body. */
export type StartRoundRequest = z.input<typeof startRoundRequestSchema>

/** `POST /api/workshops/:workshopId/rounds/current/{pause,resume,end,extend}` actions. */
export const ROUND_ACTIONS = ['pause', 'resume', 'end', 'extend'] as const
/** One of ROUND_ACTIONS. */
export type RoundAction = (typeof ROUND_ACTIONS)[number]

/** `POST .../rounds/current/extend` body. */
export const extendRoundRequestSchema = z.strictObject({
  seconds: z.number().int().min(1).max(3600),
})

/** `POST /api/workshops/:workshopId/rounds/current/reveal` body. */
export const revealRequestSchema = z.strictObject({
  /** Remove the authors' names (and ids) before anyone else receives the notes. */
  anonymise: z.boolean().default(false),
})

/** `POST .../rounds/current/reveal` → 200. */
export interface RevealResponse {
  readonly revealed: number
}

/** `POST /api/workshops/:workshopId/votes` body: open a dot vote (facilitators). */
export const openVoteRequestSchema = z.strictObject({
  dotsPerPerson: z.number().int().min(1).max(MAX_DOTS_PER_PERSON),
  /** Limit the vote to one round's notes; omitted or null for every note. */
  roundId: z.string().min(1).nullable().optional(),
})

/** Longest sorting a facilitator can open for a time, in minutes. */
export const SORTING_MAX_MINUTES = 480

/** `POST /api/workshops/:workshopId/sorting` body: open sorting (facilitators; FAC-S4). */
export const openSortingRequestSchema = z.strictObject({
  /** The rooms to open it in; omitted or null for every room. */
  roomIds: z
    .array(z.string().regex(/^[a-z0-9]{6,32}$/))
    .max(200)
    .nullable()
    .optional(),
  /** How long it stays open (fractions allowed); omitted or null until closed. */
  minutes: z.number().positive().max(SORTING_MAX_MINUTES).nullable().optional(),
})
/** `POST .../sorting` body. */
export type OpenSortingRequest = z.infer<typeof openSortingRequestSchema>

/** `POST .../sorting` and `POST .../sorting/close` → 200: sorting as the control document has it. */
export interface SortingResponse {
  readonly sorting: Sorting | null
}

/** `POST /api/workshops/:workshopId/votes/current/dots` body (participants). */
export const placeDotRequestSchema = z.strictObject({
  roomId: z.string().regex(/^[a-z0-9]{6,32}$/),
  noteId: z.string().min(1).max(64),
})

/** A participant's own dots in the current vote (nobody else's are ever sent). */
export interface MyDots {
  readonly voteId: string
  readonly dotsPerPerson: number
  readonly noteIds: readonly string[]
  readonly dotsLeft: number
}

/** A note a facilitator hid from a board (`GET /api/workshops/:id/hidden-notes`, facilitators). */
export interface HiddenNote {
  readonly roomId: string
  readonly hiddenAt: number
  readonly note: Note
}

const roomName = z.string().trim().min(1, 'must not be empty').max(60)
const roomIdSchema = z.string().regex(/^[a-z0-9]{6,32}$/)

/** `POST /api/workshops/:workshopId/rooms` body: add breakout rooms (facilitators). */
export const createRoomsRequestSchema = z.union([
  z.strictObject({ count: z.number().int().min(1).max(50) }),
  z.strictObject({ name: roomName }),
])

/** `POST .../rooms/:roomId/rename` body. */
export const renameRoomRequestSchema = z.strictObject({ name: roomName })

/** `POST .../breakouts/assign` body: assign every participant (facilitators). */
export const assignRequestSchema = z.strictObject({
  mode: z.enum(['balanced', 'random']),
  seed: z.number().int().optional(),
})

/** `POST .../breakouts/move` body: move one participant, also while connected (facilitators). */
export const moveRequestSchema = z.strictObject({
  participantId: z.string().min(1).max(64),
  roomId: roomIdSchema,
})

/** `POST .../breakouts/free-movement` body. */
export const freeMovementRequestSchema = z.strictObject({ allowed: z.boolean() })

/** `POST .../breakouts/message` body: a short message to every room. */
export const broadcastRequestSchema = z.strictObject({
  text: z.string().trim().min(1, 'must not be empty').max(280),
})

/** `POST .../harvest` body: copy notes from breakout rooms into the main room (facilitators). */
export const harvestRequestSchema = z.union([
  z.strictObject({ mode: z.literal('all') }),
  z.strictObject({
    mode: z.literal('selected'),
    notes: z
      .array(z.strictObject({ roomId: roomIdSchema, noteId: z.string().min(1).max(64) }))
      .min(1)
      .max(2000),
  }),
  z.strictObject({ mode: z.literal('top'), perRoom: z.number().int().min(1).max(50) }),
])
/** `POST .../harvest` body. */
export type HarvestRequest = z.infer<typeof harvestRequestSchema>

/** `POST .../harvest` → 200. */
export interface HarvestResponse {
  readonly notes: number
  readonly threads: number
}

/** A participant as the facilitator console lists them (`GET .../participants`). */
export interface ParticipantInfo {
  readonly participantId: string
  readonly name: string | null
  readonly sector: string | null
  readonly roomId: string | null
}

/** `POST /api/workshops/:workshopId/snapshots` body: take a snapshot of a room (facilitators). */
export const takeSnapshotRequestSchema = z.strictObject({
  roomId: z.string().regex(/^[a-z0-9]{6,32}$/),
  name: z.string().trim().min(1, 'must not be empty').max(120),
})

/** A snapshot as the API lists it. */
export interface SnapshotInfo {
  readonly id: string
  readonly roomId: string
  readonly name: string
  readonly reason: 'manual' | 'round-end' | 'closed'
  readonly roundId: string | null
  readonly takenBy: string | null
  readonly takenAt: number
}

/** `GET /api/workshops/:workshopId/snapshots/:snapshotId` → 200: the board as it was. */
export interface SnapshotBoard {
  readonly snapshot: SnapshotInfo
  readonly notes: readonly Note[]
  readonly threads: readonly Thread[]
}
