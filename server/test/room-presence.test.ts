import { afterEach, describe, expect, it } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { Principal } from '@weave/shared'
import { createRoomPresence, type RoomPresence } from '../src/rooms/room-presence.js'
import type { RoomConnection } from '../src/rooms/types.js'
import { decodeAwarenessUpdate, encodeAwarenessEntries } from '../src/wire/awareness.js'

const principal: Principal = {
  workshopId: 'w'.repeat(8),
  participantId: 'p'.repeat(8),
  role: 'participant',
  name: 'Ana',
  sector: 'health',
}

function connection(id: number): RoomConnection {
  return { id, principal, send: () => {}, close: () => {} }
}

/** An awareness update with one entry. */
function update(clientId: number, clock: number, state: unknown): Uint8Array {
  return encodeAwarenessEntries([{ clientId, clock, state: JSON.stringify(state) }])
}

/** What a client holding nothing yet makes of `payload`, as y-protocols applies it. */
function seenByNewcomer(payload: Uint8Array): Map<number, unknown> {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc())
  awarenessProtocol.applyAwarenessUpdate(awareness, payload, 'server')
  const states = new Map(awareness.getStates())
  states.delete(awareness.clientID)
  awareness.destroy()
  return states
}

let presences: RoomPresence[] = []
afterEach(() => {
  for (const presence of presences) presence.destroy()
  presences = []
})

function presenceWith(changes: number[][] = []): RoomPresence {
  const presence = createRoomPresence((ids) => changes.push(ids))
  presences.push(presence)
  return presence
}

describe('room presence', () => {
  it('[PRO-3] numbers states itself, so a first state at clock 0 reaches everyone', () => {
    const presence = presenceWith()
    presence.receive(connection(1), update(7, 0, {}))
    const relayed = presence.encode()
    expect(relayed).not.toBeNull()
    expect(decodeAwarenessUpdate(relayed!)[0]?.clock).toBeGreaterThan(0)
    expect(seenByNewcomer(relayed!).get(7)).toMatchObject({ user: { name: 'Ana' } })
  })

  it('[PRO-4] never encodes a connection its own state', () => {
    const presence = presenceWith()
    const ana = connection(1)
    presence.receive(ana, update(7, 0, {}))
    presence.receive(connection(2), update(8, 0, {}))
    const forAna = presence.encode(undefined, ana)
    expect(decodeAwarenessUpdate(forAna!).map((entry) => entry.clientId)).toEqual([8])
    expect(presence.encode([7], ana)).toBeNull()
  })

  it('skips states another instance repeats, and removals from an instance the client left', () => {
    const changes: number[][] = []
    const presence = presenceWith(changes)
    presence.receiveRemote('x', update(7, 3, { user: { name: 'Ana' } }))
    presence.receiveRemote('x', update(7, 3, { user: { name: 'Ana' } }))
    expect(changes).toHaveLength(1)
    // The client moved to instance y; x's late removal and x leaving must not hide it.
    presence.receiveRemote('y', update(7, 1, { user: { name: 'Ana' }, cursor: { x: 1, y: 1 } }))
    presence.receiveRemote('x', update(7, 4, null))
    presence.dropInstance('x')
    expect(seenByNewcomer(presence.encode()!).get(7)).toMatchObject({ cursor: { x: 1, y: 1 } })
    presence.dropInstance('y')
    expect(seenByNewcomer(presence.encode([7])!).has(7)).toBe(false)
  })
})
