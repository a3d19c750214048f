import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createNote, deleteNote, readNotes } from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { connectClient, docReaches, synced } from '../helpers/clients.js'
import { startServer, type RunningServer } from '../helpers/server.js'
import { pollUntil } from '../helpers/wait.js'

let running: RunningServer
afterEach(() => running.stop())

/** Resolves when the server has unloaded every room. */
function allRoomsUnloaded(server: RunningServer): Promise<void> {
  return pollUntil('rooms to unload', () => server.server.stats().loadedRooms === 0)
}

describe('room lifecycle', () => {
  it('loads a room once for many simultaneous joiners, unloads it when idle, and reloads it intact', async () => {
    running = await startServer({ roomIdleUnloadMs: 0, compactAfterUpdates: 10 })
    const workshop = await createWorkshop(running.httpUrl)
    const { token, author } = await join(running.httpUrl, workshop)
    const crowd = Array.from({ length: 8 }, () =>
      connectClient(running.wsUrl, workshop.roomDoc, token),
    )
    await Promise.all(crowd.map(synced))
    // The board and its workshop's control document (where the board rules live).
    expect(running.server.stats().loadedRooms).toBe(2)
    for (let i = 0; i < 30; i++)
      createNote(crowd[i % 8]!.doc, { laneId: 'health', x: 0, y: i * 10, text: `n${i}` }, author)
    await Promise.all(
      crowd.map((c) =>
        docReaches(c.doc, '30 notes everywhere', (doc) => readNotes(doc).length === 30),
      ),
    )
    for (const c of crowd) c.destroy()
    await allRoomsUnloaded(running)

    const back = connectClient(running.wsUrl, workshop.roomDoc, token)
    await synced(back)
    expect(readNotes(back.doc)).toHaveLength(30)
    back.destroy()
  })

  it('[REL-12] drops deleted text from storage when the log is compacted', async () => {
    running = await startServer({ roomIdleUnloadMs: 0 })
    const workshop = await createWorkshop(running.httpUrl)
    const { token, author } = await join(running.httpUrl, workshop)
    const client = connectClient(running.wsUrl, workshop.roomDoc, token)
    await synced(client)
    const canary = 'CANARY-private-words-7f3a'
    const id = createNote(client.doc, { laneId: 'health', x: 0, y: 0, text: canary }, author)
    createNote(client.doc, { laneId: 'health', x: 0, y: 200, text: 'kept' }, author)
    deleteNote(client.doc, id)
    const witness = connectClient(running.wsUrl, workshop.roomDoc, token)
    await docReaches(
      witness.doc,
      'kept note only',
      (doc) =>
        readNotes(doc)
          .map((n) => n.text)
          .join() === 'kept',
    )
    client.destroy()
    witness.destroy()
    await allRoomsUnloaded(running)
    const stored = await running.server.store.loadDoc(workshop.roomDoc)
    const bytes = Buffer.concat(stored.updates.map((u) => Buffer.from(u)))
    expect(stored.updates).toHaveLength(1)
    expect(bytes.includes(Buffer.from(canary))).toBe(false)
    const replay = new Y.Doc()
    Y.applyUpdate(replay, stored.updates[0]!)
    expect(readNotes(replay).map((n) => n.text)).toEqual(['kept'])
  })
})
