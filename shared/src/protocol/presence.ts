import * as z from 'zod/mini'
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
  cursor: z.optional(z.nullable(z.object({ x: z.number(), y: z.number() }))),
  editing: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
  selected: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
  /** What this person sees (top-left in canvas units, zoom); published while others follow them. */
  viewport: z.optional(
    z.nullable(z.object({ x: z.number(), y: z.number(), scale: z.number().check(z.positive()) })),
  ),
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
  sector: z.nullable(z.string()),
  role: z.enum(['facilitator', 'participant', 'observer']),
  color: z.string(),
})

/** Parses an awareness state received from the server; null when it is not a stamped state. */
export function parsePresenceState(state: unknown): PresenceState | null {
  const parsed = z.extend(clientPresenceSchema, { user: presenceUserSchema }).safeParse(state)
  return parsed.success ? parsed.data : null
}
