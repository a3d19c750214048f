import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import {
  decodeAwarenessUpdate,
  encodeAwarenessEntries,
  presenceUserOf,
  stampPresence,
  type AwarenessEntry,
} from '../sync/presence-gate.js'
import type { RoomConnection } from './types.js'

/**
 * A room's presence (awareness) states. Each connection owns exactly one awareness client id (the
 * first one it publishes that nobody else owns); entries for other ids are echoes and are ignored.
 */
export interface RoomPresence {
  /** Applies a connection's awareness update (stamped); returns nothing, changes are reported. */
  receive(conn: RoomConnection, payload: Uint8Array): void
  /** Removes every state a connection owns (on disconnect). */
  drop(conn: RoomConnection): void
  /** The encoded awareness update for `clientIds` (or all states). */
  encode(clientIds?: readonly number[]): Uint8Array | null
  /** The ids a connection owns. */
  idsOf(conn: RoomConnection): ReadonlySet<number>
  destroy(): void
}

/** Creates the presence of a room; `onChange` gets the client ids whose state changed. */
export function createRoomPresence(onChange: (clientIds: number[]) => void): RoomPresence {
  // Awareness needs a doc only for its own client id; the server publishes no state of its own.
  const awareness = new awarenessProtocol.Awareness(new Y.Doc())
  awareness.setLocalState(null)
  const owners = new Map<number, RoomConnection>()
  const owned = new Map<RoomConnection, Set<number>>()
  awareness.on(
    'update',
    ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      for (const id of removed) {
        const owner = owners.get(id)
        if (owner && !awareness.states.has(id)) owned.get(owner)?.delete(id)
        owners.delete(id)
      }
      onChange([...added, ...updated, ...removed])
    },
  )

  function ownerAccepts(conn: RoomConnection, entry: AwarenessEntry): boolean {
    const owner = owners.get(entry.clientId)
    if (owner) return owner === conn
    const mine = owned.get(conn) ?? new Set<number>()
    if (mine.size > 0) return false
    if (entry.state === 'null') return false
    mine.add(entry.clientId)
    owned.set(conn, mine)
    owners.set(entry.clientId, conn)
    return true
  }

  return {
    receive(conn, payload) {
      const user = presenceUserOf(conn.principal)
      const accepted = decodeAwarenessUpdate(payload)
        .filter((entry) => ownerAccepts(conn, entry))
        .map((entry) => ({ ...entry, state: stampPresence(entry.state, user) }))
      if (accepted.length > 0) {
        awarenessProtocol.applyAwarenessUpdate(awareness, encodeAwarenessEntries(accepted), conn)
      }
    },
    drop(conn) {
      const ids = owned.get(conn)
      owned.delete(conn)
      if (ids && ids.size > 0) awarenessProtocol.removeAwarenessStates(awareness, [...ids], 'drop')
    },
    encode(clientIds) {
      const ids = clientIds ?? [...awareness.states.keys()]
      const known = ids.filter((id) => awareness.meta.has(id))
      return known.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(awareness, known) : null
    },
    idsOf(conn) {
      return owned.get(conn) ?? new Set()
    },
    destroy() {
      awareness.destroy()
    },
  }
}
