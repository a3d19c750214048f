import { afterEach, describe, expect, it } from 'vitest'
import {
  createNote,
  createThread,
  editNoteText,
  moveNote,
  readNotes,
  readThreads,
} from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { connectClient, docReaches, synced, type TestClient } from '../helpers/clients.js'
import { startServer, type RunningServer } from '../helpers/server.js'

let servers: RunningServer[] = []
let clients: TestClient[] = []
afterEach(async () => {
  for (const client of clients) client.destroy()
  clients = []
  for (const server of servers) await server.stop()
  servers = []
})

async function setup() {
  const running = await startServer()
  servers.push(running)
  const workshop = await createWorkshop(running.httpUrl)
  return { running, workshop }
}

function client(wsUrl: string, docName: string, token: string): TestClient {
  const created = connectClient(wsUrl, docName, token)
  clients.push(created)
  return created
}

describe('sync through the server with official WebsocketProvider clients', () => {
  it('syncs notes, text and threads both ways between two participants', async () => {
    const { running, workshop } = await setup()
    const { token: tokenA, author: ana } = await join(running.httpUrl, workshop, { name: 'Ana' })
    const { token: tokenB, author: ben } = await join(running.httpUrl, workshop, {
      name: 'Ben',
      sector: 'education',
    })
    const a = client(running.wsUrl, workshop.roomDoc, tokenA)
    const b = client(running.wsUrl, workshop.roomDoc, tokenB)
    const facilitator = client(running.wsUrl, workshop.roomDoc, workshop.facilitatorToken)
    await Promise.all([synced(a), synced(b), synced(facilitator)])

    const noteA = createNote(a.doc, { laneId: 'health', x: 20, y: 80, text: 'Home visits' }, ana)
    await docReaches(b.doc, 'A note at B', (doc) =>
      readNotes(doc).some((n) => n.id === noteA && n.text === 'Home visits'),
    )

    const noteB = createNote(
      b.doc,
      { laneId: 'education', x: 20, y: 80, text: 'Kindergarten' },
      ben,
    )
    const threadId = createThread(b.doc, { from: noteB, to: noteA, label: 'referral' }, ben)
    expect(threadId).not.toBeNull()
    await docReaches(a.doc, 'B note and thread at A', (doc) =>
      readThreads(doc).some((t) => t.id === threadId),
    )

    // Each edits their own note; the facilitator may move anyone's.
    editNoteText(b.doc, noteB, 'Kindergarten readiness')
    await docReaches(facilitator.doc, 'B edit at the facilitator', (doc) =>
      readNotes(doc).some((n) => n.text === 'Kindergarten readiness'),
    )
    moveNote(facilitator.doc, noteB, { laneId: 'health', x: 40, y: 300 })
    await docReaches(a.doc, 'edit and move at A', (doc) => {
      const note = readNotes(doc).find((n) => n.id === noteB)
      return note?.text === 'Kindergarten readiness' && note.laneId === 'health' && note.y === 300
    })
    await docReaches(b.doc, 'edit and move at B', (doc) => {
      const note = readNotes(doc).find((n) => n.id === noteB)
      return note?.text === 'Kindergarten readiness' && note.laneId === 'health' && note.y === 300
    })
    expect(readNotes(a.doc)).toEqual(readNotes(b.doc))
    expect(readThreads(a.doc)).toEqual(readThreads(b.doc))
  })

  it('[REL-11] keeps everything across a restart on the same data directory', async () => {
    const first = await startServer()
    const workshop = await createWorkshop(first.httpUrl)
    const { token, author: ana } = await join(first.httpUrl, workshop)
    const writer = connectClient(first.wsUrl, workshop.roomDoc, token)
    await synced(writer)
    const one = createNote(writer.doc, { laneId: 'health', x: 0, y: 60, text: 'one' }, ana)
    const two = createNote(writer.doc, { laneId: 'education', x: 0, y: 60, text: 'two' }, ana)
    createThread(writer.doc, { from: one, to: two }, ana)
    // The server relays only what it stored; a second client seeing the data proves it is durable.
    const witness = connectClient(first.wsUrl, workshop.roomDoc, token)
    await docReaches(witness.doc, 'witness sees the thread', (doc) => readThreads(doc).length === 1)
    writer.destroy()
    witness.destroy()
    await first.stop()

    const second = await startServer({ dataDir: first.dataDir })
    servers.push(second)
    const fresh = client(second.wsUrl, workshop.roomDoc, token)
    await synced(fresh)
    expect(
      readNotes(fresh.doc)
        .map((n) => n.text)
        .sort(),
    ).toEqual(['one', 'two'])
    expect(readThreads(fresh.doc)).toHaveLength(1)
  })

  it('[REL-17] sends presence stamped with the token identity and removes it on close', async () => {
    const { running, workshop } = await setup()
    const tokenA = (await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })).token
    const tokenB = (await join(running.httpUrl, workshop, { name: 'Ben', sector: 'education' }))
      .token
    const a = client(running.wsUrl, workshop.roomDoc, tokenA)
    const b = client(running.wsUrl, workshop.roomDoc, tokenB)
    await Promise.all([synced(a), synced(b)])
    // A tries to pose as someone else: the server overwrites `user` from the token.
    a.provider.awareness.setLocalState({
      cursor: { x: 10, y: 20 },
      user: { name: 'The Director', role: 'facilitator' },
    })
    const seenByB = () =>
      b.provider.awareness.getStates().get(a.doc.clientID) as
        { user?: { name: string; role: string; sector: string }; cursor?: unknown } | undefined
    await new Promise<void>((resolve) => {
      const check = () => {
        if (seenByB()?.cursor) {
          b.provider.awareness.off('change', check)
          resolve()
        }
      }
      b.provider.awareness.on('change', check)
      check()
    })
    expect(seenByB()?.user).toMatchObject({ name: 'Ana', role: 'participant', sector: 'health' })
    expect(seenByB()?.cursor).toEqual({ x: 10, y: 20 })

    const aClientId = a.doc.clientID
    a.destroy()
    await new Promise<void>((resolve) => {
      const check = () => {
        if (!b.provider.awareness.getStates().has(aClientId)) {
          b.provider.awareness.off('change', check)
          resolve()
        }
      }
      b.provider.awareness.on('change', check)
      check()
    })
  })

  it('shows a late joiner the presence of people already in the room', async () => {
    const { running, workshop } = await setup()
    const early = client(running.wsUrl, workshop.roomDoc, workshop.facilitatorToken)
    await synced(early)
    early.provider.awareness.setLocalStateField('cursor', null)
    const late = client(
      running.wsUrl,
      workshop.roomDoc,
      (await join(running.httpUrl, workshop)).token,
    )
    await new Promise<void>((resolve) => {
      const check = () => {
        if (!late.provider.awareness.getStates().has(early.doc.clientID)) return
        late.provider.awareness.off('change', check)
        resolve()
      }
      late.provider.awareness.on('change', check)
      check()
    })
    expect(late.provider.awareness.getStates().get(early.doc.clientID)).toMatchObject({
      user: { role: 'facilitator', name: 'Facilitator' },
    })
  })
})
