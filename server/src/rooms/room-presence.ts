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
 * In a cluster, states of other instances' clients are kept too, per instance, so they can all be
 * dropped at once when that instance leaves.
 */
export interface RoomPresence {
  /** Applies a connection's awareness update (stamped); returns nothing, changes are reported. */
  receive(conn: RoomConnection, payload: Uint8Array): void
  /** Removes every state a connection owns (on disconnect). */
  drop(conn: RoomConnection): void
  /** Applies presence another instance published (already stamped there). */
  receiveRemote(instanceId: string, payload: Uint8Array): void
  /** Removes every state another instance told us about (it left the room or stopped). */
  dropInstance(instanceId: string): void
  /** The encoded awareness update for `clientIds` (or all states). */
  encode(clientIds?: readonly number[]): Uint8Array | null
  /** The ids a connection owns. */
  idsOf(conn: RoomConnection): ReadonlySet<number>
  /** The ids of this instance's clients. */
  localIds(): number[]
  destroy(): void
}

/** The origin of awareness changes that came from another instance. */
const REMOTE = 'remote'
/** The origin y-protocols gives states it drops after 30 s without a refresh. */
const TIMEOUT = 'timeout'

/**
 * Creates the presence of a room; `onChange` gets the client ids whose state changed and whether
 * they are this instance's clients (those changes are the ones to publish to other instances).
 */
export function createRoomPresence(
  onChange: (clientIds: number[], local: boolean) => void,
): RoomPresence {
  // Awareness needs a doc only for its own client id; the server publishes no state of its own.
  const awareness = new awarenessProtocol.Awareness(new Y.Doc())
  awareness.setLocalState(null)
  const owners = new Map<number, RoomConnection>()
  const owned = new Map<RoomConnection, Set<number>>()
  const remoteOwners = new Map<number, string>()
  const remoteIds = new Map<string, Set<number>>()
  awareness.on(
    'update',
    (
      { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
      origin: unknown,
    ) => {
      for (const id of removed) {
        const owner = owners.get(id)
        if (owner && !awareness.states.has(id)) owned.get(owner)?.delete(id)
        owners.delete(id)
        const instance = remoteOwners.get(id)
        if (instance !== undefined) remoteIds.get(instance)?.delete(id)
        remoteOwners.delete(id)
      }
      // Timeouts happen on every instance by themselves: nothing to tell the others.
      onChange([...added, ...updated, ...removed], origin !== REMOTE && origin !== TIMEOUT)
    },
  )

  function ownerAccepts(conn: RoomConnection, entry: AwarenessEntry): boolean {
    const owner = owners.get(entry.clientId)
    if (owner) return owner === conn
    if (remoteOwners.has(entry.clientId)) return false
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
    receiveRemote(instanceId, payload) {
      // Our own clients' states are ours to say; another instance never overrides them.
      const entries = decodeAwarenessUpdate(payload).filter((entry) => !owners.has(entry.clientId))
      if (entries.length === 0) return
      const ids = remoteIds.get(instanceId) ?? new Set<number>()
      remoteIds.set(instanceId, ids)
      for (const entry of entries) {
        if (entry.state === 'null') continue
        ids.add(entry.clientId)
        remoteOwners.set(entry.clientId, instanceId)
      }
      awarenessProtocol.applyAwarenessUpdate(awareness, encodeAwarenessEntries(entries), REMOTE)
    },
    dropInstance(instanceId) {
      const ids = [...(remoteIds.get(instanceId) ?? [])]
      remoteIds.delete(instanceId)
      if (ids.length > 0) awarenessProtocol.removeAwarenessStates(awareness, ids, REMOTE)
    },
    encode(clientIds) {
      const ids = clientIds ?? [...awareness.states.keys()]
      const known = ids.filter((id) => awareness.meta.has(id))
      return known.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(awareness, known) : null
    },
    idsOf(conn) {
      return owned.get(conn) ?? new Set()
    },
    localIds() {
      return [...owners.keys()].filter((id) => awareness.states.has(id))
    },
    destroy() {
      awareness.destroy()
    },
  }
}
