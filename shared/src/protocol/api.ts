import { z } from 'zod'
import { SECTOR_IDS } from '../model/sectors.js'
import type { Lane } from '../model/records.js'
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

/** Every API error body: a stable machine code and a sentence for people. */
export interface ApiError {
  readonly error: { readonly code: string; readonly message: string }
}
