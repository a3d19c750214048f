import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import { accentColorForSector, MessageType } from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { synced, type TestClient } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import { presenceOf, presenceReaches } from '../helpers/presence.js'
import { waitForEvent } from '../helpers/wait.js'

const harness = useHarness()

/** A's own awareness clock: 0 until A changes its state (or refreshes it, every 15 s). */
function ownClock(client: TestClient): number | undefined {
  return client.provider.awareness.meta.get(client.doc.clientID)?.clock
}

/** The client ids of every awareness entry in a frame the server sent (none for other frames). */
function awarenessIdsIn(frame: Uint8Array): number[] {
  const decoder = decoding.createDecoder(frame)
  if (decoding.readVarUint(decoder) !== MessageType.awareness) return []
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder))
  const ids: number[] = []
  for (let count = decoding.readVarUint(update); count > 0; count--) {
    ids.push(decoding.readVarUint(update))
    decoding.readVarUint(update)
    decoding.readVarString(update)
  }
  return ids
}

/** Records the frames the server sends to `client` from now on (on its current socket). */
function recordFrames(client: TestClient): Uint8Array[] {
  const frames: Uint8Array[] = []
  client.provider.ws?.addEventListener('message', (event: MessageEvent) => {
    frames.push(new Uint8Array(event.data as ArrayBuffer))
  })
  return frames
}

describe('presence through the server with official WebsocketProvider clients', () => {
  it('[PRO-3] [PRO-2] shows a client that sets no awareness field at all, stamped from its token', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const ana = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
    const ben = await join(running.httpUrl, workshop, { name: 'Ben', sector: 'education' })
    // A's awareness holds the provider's default, `{}` at clock 0: nothing set, ever.
    const a = harness.client(workshop.roomDoc, ana.token)
    const b = harness.client(workshop.roomDoc, ben.token)
    await Promise.all([synced(a), synced(b)])
    await presenceReaches(b, 'Ana in presence', (states) => states.has(a.doc.clientID))
    // Seen from the state sent on connect, not from a refresh 15 s later.
    expect(ownClock(a)).toBe(0)
    expect(presenceOf(b, a.doc.clientID)).toEqual({
      user: {
        participantId: ana.participantId,
        name: 'Ana',
        sector: 'health',
        role: 'participant',
        color: accentColorForSector('health'),
      },
    })
    // And the other way round, for the one who was there first.
    await presenceReaches(a, 'Ben in presence', (states) => states.has(b.doc.clientID))
    expect(presenceOf(a, b.doc.clientID)?.user).toMatchObject({ name: 'Ben', role: 'participant' })
  })

  it('[PRO-2] [PRO-3] shows a client that publishes later, with fields of its own only', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const ana = await join(running.httpUrl, workshop, { anonymous: true })
    const watcher = harness.client(workshop.roomDoc, workshop.facilitatorToken)
    const a = harness.client(workshop.roomDoc, ana.token)
    // Before its socket opens: nothing is published on connect.
    a.provider.awareness.setLocalState(null)
    await Promise.all([synced(a), synced(watcher)])
    expect(presenceOf(watcher, a.doc.clientID)).toBeUndefined()
    a.provider.awareness.setLocalState({ status: 'away', user: { name: 'The Director' } })
    await presenceReaches(watcher, 'Anonymous in presence', (states) => states.has(a.doc.clientID))
    expect(presenceOf(watcher, a.doc.clientID)).toEqual({
      user: {
        participantId: ana.participantId,
        name: 'Anonymous',
        sector: null,
        role: 'participant',
        color: accentColorForSector(null),
      },
    })
  })

  it('[PRO-5] [PRO-3] removes a client that leaves and shows it again when it reconnects unchanged', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const ana = await join(running.httpUrl, workshop, { name: 'Ana' })
    const watcher = harness.client(workshop.roomDoc, workshop.facilitatorToken)
    const a = harness.client(workshop.roomDoc, ana.token)
    await Promise.all([synced(a), synced(watcher)])
    a.provider.awareness.setLocalStateField('cursor', { x: 3, y: 4 })
    await presenceReaches(watcher, 'Ana', (states) => states.has(a.doc.clientID))
    const clock = ownClock(a)
    a.provider.disconnect()
    await presenceReaches(watcher, 'Ana gone', (states) => !states.has(a.doc.clientID))
    a.provider.connect()
    await presenceReaches(watcher, 'Ana back', (states) => states.has(a.doc.clientID))
    expect(ownClock(a)).toBe(clock)
    expect(presenceOf(watcher, a.doc.clientID)?.cursor).toEqual({ x: 3, y: 4 })
  })

  it('[PRO-4] never sends a connection its own presence back, so its local state stays its own', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const ana = await join(running.httpUrl, workshop, { name: 'Ana' })
    const watcher = harness.client(workshop.roomDoc, workshop.facilitatorToken)
    const a = harness.client(workshop.roomDoc, ana.token)
    await Promise.all([synced(a), synced(watcher)])
    const frames = recordFrames(a)
    a.provider.awareness.setLocalState({ cursor: { x: 1, y: 1 }, mine: true })
    await presenceReaches(watcher, 'Ana', (states) => states.has(a.doc.clientID))
    // Both move at once (their changes may share a flush), then A asks for everyone's presence.
    a.provider.awareness.setLocalStateField('cursor', { x: 2, y: 2 })
    watcher.provider.awareness.setLocalStateField('cursor', { x: 9, y: 9 })
    await presenceReaches(a, 'the watcher moved', () => {
      return presenceOf(a, watcher.doc.clientID)?.cursor?.x === 9
    })
    const query = encoding.createEncoder()
    encoding.writeVarUint(query, MessageType.queryAwareness)
    const before = frames.length
    a.provider.ws?.send(encoding.toUint8Array(query))
    await waitForEvent(
      'the answer to the query',
      (onChange) => {
        a.provider.ws?.addEventListener('message', onChange)
        return () => a.provider.ws?.removeEventListener('message', onChange)
      },
      () => frames.slice(before).some((frame) => awarenessIdsIn(frame).length > 0),
    )
    expect(frames.flatMap(awarenessIdsIn)).not.toContain(a.doc.clientID)
    expect(a.provider.awareness.getLocalState()).toEqual({ cursor: { x: 2, y: 2 }, mine: true })
  })
})
