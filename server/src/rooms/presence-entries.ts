import * as encoding from 'lib0/encoding'
import type * as awarenessProtocol from 'y-protocols/awareness'

/** Encodes awareness updates out of entries encoded once per state. */
export interface PresenceEntries {
  /** The awareness update for `clientIds` (each must have a clock in `awareness`). */
  encode(awareness: awarenessProtocol.Awareness, clientIds: readonly number[]): Uint8Array
}

/**
 * Creates the encoder. A flush sends the same changed states to every connection, each without
 * its own: serialising them again per connection would cost k² JSON encodings for k movers.
 */
export function createPresenceEntries(): PresenceEntries {
  const encoded = new Map<number, { clock: number; state: unknown; bytes: Uint8Array }>()

  function entryOf(awareness: awarenessProtocol.Awareness, clientId: number): Uint8Array {
    const clock = awareness.meta.get(clientId)?.clock ?? 0
    const state: unknown = awareness.getStates().get(clientId) ?? null
    const cached = encoded.get(clientId)
    if (cached && cached.clock === clock && cached.state === state) return cached.bytes
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, JSON.stringify(state))
    const bytes = encoding.toUint8Array(encoder)
    encoded.set(clientId, { clock, state, bytes })
    return bytes
  }

  return {
    encode(awareness, clientIds) {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, clientIds.length)
      for (const clientId of clientIds)
        encoding.writeUint8Array(encoder, entryOf(awareness, clientId))
      return encoding.toUint8Array(encoder)
    },
  }
}
