import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import {
  decodeAwarenessUpdate,
  encodeAwarenessEntries,
  presenceUserOf,
  stampPresence,
  type AwarenessEntry,
} from '../wire/awareness.js'
import { createPresenceEntries } from './presence-entries.js'
import type { RoomConnection } from './types.js'

/**
 * A room's presence (awareness) states. Each connection owns exactly one awareness client id (the
 * first one it publishes that nobody else owns); entries for other ids are echoes and are ignored.
 * In a cluster, states of other instances' clients are kept too, per instance, so they can all be
 * dropped at once when that instance leaves.
 *
 * The clocks are this server's own: every state it accepts gets the next clock for its client id,
 * whatever clock it came with. y-protocols takes a state only with a clock above the last one it
 * saw for that id, and a client publishes its first state at clock 0 (so peers would not see it
 * until it changed something, or refreshed 15 s later) and reconnects with a clock its removal
 * here already passed. A connection is never sent its own state: it would read the server's clock
 * as newer than its own and replace its local state with the stamped one.
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
  /** The encoded awareness update for `clientIds` (or all states), without `recipient`'s own. */
  encode(clientIds?: readonly number[], recipient?: RoomConnection): Uint8Array | null
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
  /** A last look at a connection's stamped state before anyone receives it. */
  review: (conn: RoomConnection, state: string) => string = (_conn, state) => state,
  /** Client ids nobody may publish presence under (the server's own writers). */
  reserved: (clientId: number) => boolean = () => false,
): RoomPresence {
  // Awareness needs a doc only for its own client id; the server publishes no state of its own.
  const awareness = new awarenessProtocol.Awareness(new Y.Doc())
  awareness.setLocalState(null)
  const owners = new Map<number, RoomConnection>()
  const owned = new Map<RoomConnection, Set<number>>()
  // Which instance publishes each remote id, and the last clock it gave it (to skip repeats).
  const remoteOwners = new Map<number, { instanceId: string; clock: number }>()
  const remoteIds = new Map<string, Set<number>>()
  const encoded = createPresenceEntries()
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
        const remote = remoteOwners.get(id)
        if (remote !== undefined) remoteIds.get(remote.instanceId)?.delete(id)
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
    if (entry.state === 'null' || reserved(entry.clientId)) return false
    mine.add(entry.clientId)
    owned.set(conn, mine)
    owners.set(entry.clientId, conn)
    return true
  }

  function nextClock(clientId: number): number {
    return (awareness.meta.get(clientId)?.clock ?? 0) + 1
  }

  return {
    receive(conn, payload) {
      const user = presenceUserOf(conn.principal)
      const accepted = decodeAwarenessUpdate(payload)
        .filter((entry) => ownerAccepts(conn, entry))
        .map((entry) => ({
          clientId: entry.clientId,
          clock: nextClock(entry.clientId),
          state: review(conn, stampPresence(entry.state, user)),
        }))
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
      // Our own clients' states are ours to say; another instance never overrides them. A state
      // it sent again (answering another instance's query) is not news, nor is a removal from an
      // instance the client has left for another. (Its clocks restart when its room reloads.)
      const entries = decodeAwarenessUpdate(payload).filter((entry) => {
        if (owners.has(entry.clientId)) return false
        const remote = remoteOwners.get(entry.clientId)
        if (remote?.instanceId !== instanceId) return !(remote && entry.state === 'null')
        return entry.clock !== remote.clock
      })
      if (entries.length === 0) return
      const ids = remoteIds.get(instanceId) ?? new Set<number>()
      remoteIds.set(instanceId, ids)
      const renumbered = entries.map((entry) => {
        if (entry.state !== 'null') {
          const previous = remoteOwners.get(entry.clientId)
          if (previous && previous.instanceId !== instanceId) {
            remoteIds.get(previous.instanceId)?.delete(entry.clientId)
          }
          ids.add(entry.clientId)
          remoteOwners.set(entry.clientId, { instanceId, clock: entry.clock })
        }
        return { ...entry, clock: nextClock(entry.clientId) }
      })
      awarenessProtocol.applyAwarenessUpdate(awareness, encodeAwarenessEntries(renumbered), REMOTE)
    },
    dropInstance(instanceId) {
      const ids = [...(remoteIds.get(instanceId) ?? [])]
      remoteIds.delete(instanceId)
      if (ids.length > 0) awarenessProtocol.removeAwarenessStates(awareness, ids, REMOTE)
    },
    encode(clientIds, recipient) {
      const own = recipient ? owned.get(recipient) : undefined
      const ids = (clientIds ?? [...awareness.states.keys()]).filter(
        (id) => awareness.meta.has(id) && !own?.has(id),
      )
      return ids.length > 0 ? encoded.encode(awareness, ids) : null
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
