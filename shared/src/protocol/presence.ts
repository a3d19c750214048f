import { z } from 'zod'
import type { Role } from '../permissions/roles.js'

/** Who a presence entry belongs to. Always written by the server from the token, never by a client. */
export interface PresenceUser {
  readonly participantId: string
  readonly name: string
  readonly sector: string | null
  readonly role: Role
  readonly color: string
}

/** The fields a client may set in its awareness state; anything else is dropped by the server. */
export const clientPresenceSchema = z.object({
  cursor: z.object({ x: z.number().finite(), y: z.number().finite() }).nullable().optional(),
  editing: z.string().max(64).nullable().optional(),
  selected: z.string().max(64).nullable().optional(),
  /** What this person sees (top-left in canvas units, zoom); published while others follow them. */
  viewport: z
    .object({
      x: z.number().finite(),
      y: z.number().finite(),
      scale: z.number().finite().positive(),
    })
    .nullable()
    .optional(),
})
/** What a client says about where it is and what it is doing. */
export type ClientPresence = z.infer<typeof clientPresenceSchema>

/** An awareness state as the server relays it: the client's fields plus the stamped user. */
export interface PresenceState extends ClientPresence {
  readonly user: PresenceUser
}

const presenceUserSchema = z.object({
  participantId: z.string(),
  name: z.string(),
  sector: z.string().nullable(),
  role: z.enum(['facilitator', 'participant', 'observer']),
  color: z.string(),
})

/** Parses an awareness state received from the server; null when it is not a stamped state. */
export function parsePresenceState(state: unknown): PresenceState | null {
  const parsed = clientPresenceSchema.extend({ user: presenceUserSchema }).safeParse(state)
  return parsed.success ? parsed.data : null
}
