import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import {
  accentColorForSector,
  clientPresenceSchema,
  displayNameOf,
  type PresenceUser,
  type Principal,
} from '@weave/shared'
import { BadMessageError } from './closing-errors.js'

/** The presence user the server stamps on every state a principal publishes. */
export function presenceUserOf(principal: Principal): PresenceUser {
  return {
    participantId: principal.participantId,
    name: displayNameOf(principal),
    sector: principal.sector,
    role: principal.role,
    color: accentColorForSector(principal.sector),
  }
}

/** One entry of an awareness update. */
export interface AwarenessEntry {
  readonly clientId: number
  readonly clock: number
  readonly state: string
}

/** Decodes an awareness update; BadMessageError when it is malformed. */
export function decodeAwarenessUpdate(payload: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(payload)
    const count = decoding.readVarUint(decoder)
    // Each entry needs at least three bytes (client id, clock, string length).
    if (count > payload.length / 3) throw new BadMessageError('declared awareness count too large')
    const entries: AwarenessEntry[] = []
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      const state = decoding.readVarString(decoder)
      entries.push({ clientId, clock, state })
    }
    if (decoding.hasContent(decoder)) throw new BadMessageError('trailing bytes after awareness')
    return entries
  } catch (error) {
    if (error instanceof BadMessageError) throw error
    throw new BadMessageError(`malformed awareness update: ${(error as Error).message}`)
  }
}

/**
 * Rewrites a client's awareness state: keeps only the fields clients may set (cursor, editing,
 * selected) and stamps the user from the token, so no one can pose as someone else.
 */
export function stampPresence(rawState: string, user: PresenceUser): string {
  let parsed: unknown
  try {
    parsed = JSON.parse(rawState)
  } catch {
    throw new BadMessageError('awareness state is not JSON')
  }
  if (parsed === null) return 'null'
  const fields = clientPresenceSchema.safeParse(parsed)
  return JSON.stringify({ ...(fields.success ? fields.data : {}), user })
}

/** Encodes awareness entries back into an awareness update. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, entry.state)
  }
  return encoding.toUint8Array(encoder)
}
