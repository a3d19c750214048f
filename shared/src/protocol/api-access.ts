import { z } from 'zod'

/**
 * The HTTP API for connecting and for removing people (docs/api.md):
 *
 * - `POST /api/connect-tickets` (bearer token; ConnectTicketRequest) → 201 ConnectTicketResponse:
 *   a short-lived, single-use ticket for `/sync/<docName>?ticket=...`, so no token is in the URL.
 * - `POST /api/workshops/:wid/participants/:pid/remove` (facilitators; `{}`) → 200
 *   RemoveParticipantResponse: their connections close with 4410 and their token stops working.
 */

/** `POST /api/connect-tickets` body: the document the ticket opens (any of the workshop's if absent). */
export const connectTicketRequestSchema = z.strictObject({
  docName: z.string().min(1).max(200).optional(),
})
/** `POST /api/connect-tickets` body. */
export type ConnectTicketRequest = z.infer<typeof connectTicketRequestSchema>

/** `POST /api/connect-tickets` → 201. */
export interface ConnectTicketResponse {
  readonly ticket: string
  /** Milliseconds since the epoch (server time) after which the ticket is refused. */
  readonly expiresAt: number
}

/** `POST .../participants/:pid/remove` → 200. */
export interface RemoveParticipantResponse {
  readonly participantId: string
  /** How many live connections this instance closed (other instances close theirs too). */
  readonly closedConnections: number
}
