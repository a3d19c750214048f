import { afterEach, describe, expect, it } from 'vitest'
import {
  CloseCode,
  createNote,
  createThread,
  editNoteText,
  readNotes,
  readThreads,
  type RoomInfo,
} from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import {
  closedWith,
  connectClient,
  docReaches,
  synced,
  type TestClient,
} from '../helpers/clients.js'
import {
  CLUSTER_SKIP_MESSAGE,
  clusterServices,
  startCluster,
  type Cluster,
} from '../helpers/cluster.js'
import { call } from '../helpers/http.js'
import { presenceOf, presenceReaches } from '../helpers/presence.js'
import type { ServerProcess } from '../helpers/server.js'

if (!clusterServices) console.warn(CLUSTER_SKIP_MESSAGE)

let cluster: Cluster | null = null
let clients: TestClient[] = []
afterEach(async () => {
  for (const c of clients) c.destroy()
  clients = []
  await cluster?.stop()
  cluster = null
})

function client(wsUrl: string, docName: string, token: string): TestClient {
  const created = connectClient(wsUrl, docName, token)
  clients.push(created)
  return created
}

const noteTexts = (c: TestClient) =>
  readNotes(c.doc)
    .map((note) => note.text)
    .sort()

/** Under the per-connection budget (200 messages/s): a client over it is closed for good. */
const NOTE_EVERY_MS = 8

/** Streams notes from `writer` until stopped; returns the stop function and the count. */
function streamNotes(writer: TestClient, author: Parameters<typeof createNote>[2], tag: string) {
  let written = 0
  const timer = setInterval(() => {
    createNote(
      writer.doc,
      { laneId: 'health', x: written % 300, y: 60, text: `${tag} ${written}` },
      author,
    )
    written++
  }, NOTE_EVERY_MS)
  return {
    stop: () => clearInterval(timer),
    written: () => written,
  }
}

describe.skipIf(!clusterServices)('several instances sharing rooms (PostgreSQL + Redis)', () => {
  it('three instances: clients on each see each other\u2019s notes, threads and cursors', async () => {
    cluster = await startCluster(3)
    const [a, b, c] = [cluster.at(0), cluster.at(1), cluster.at(2)]
    // Created on one instance, joined on the others: one store, one secret.
    const workshop = await createWorkshop(a.httpUrl)
    const ana = await join(b.httpUrl, workshop, { name: 'Ana', sector: 'health' })
    const ben = await join(c.httpUrl, workshop, { name: 'Ben', sector: 'education' })
    const facilitator = client(a.wsUrl, workshop.roomDoc, workshop.facilitatorToken)
    const onB = client(b.wsUrl, workshop.roomDoc, ana.token)
    const onC = client(c.wsUrl, workshop.roomDoc, ben.token)
    await Promise.all([synced(facilitator), synced(onB), synced(onC)])

    const anaNote = createNote(
      onB.doc,
      { laneId: 'health', x: 10, y: 80, text: 'Home visits' },
      ana.author,
    )
    const benNote = createNote(
      onC.doc,
      { laneId: 'education', x: 10, y: 80, text: 'Kindergarten' },
      ben.author,
    )
    await docReaches(onC.doc, 'Ana\u2019s note at C', (doc) =>
      readNotes(doc).some((n) => n.id === anaNote),
    )
    const thread = createThread(
      onC.doc,
      { from: benNote, to: anaNote, label: 'referral' },
      ben.author,
    )
    for (const viewer of [facilitator, onB, onC])
      await docReaches(
        viewer.doc,
        'both notes and the thread everywhere',
        (doc) => readThreads(doc).some((t) => t.id === thread) && readNotes(doc).length === 2,
      )
    editNoteText(onB.doc, anaNote, 'Home visits, weekly')
    for (const viewer of [facilitator, onC])
      await docReaches(viewer.doc, 'the edit everywhere', (doc) =>
        readNotes(doc).some((n) => n.text === 'Home visits, weekly'),
      )
    expect(readNotes(facilitator.doc)).toEqual(readNotes(onB.doc))
    expect(readNotes(onC.doc)).toEqual(readNotes(onB.doc))
    expect(readThreads(facilitator.doc)).toEqual(readThreads(onC.doc))

    // Cursors cross instances, stamped with who moves them.
    onB.provider.awareness.setLocalStateField('cursor', { x: 5, y: 6 })
    onC.provider.awareness.setLocalStateField('cursor', { x: 7, y: 8 })
    for (const viewer of [facilitator, onC])
      await presenceReaches(
        viewer,
        'Ana\u2019s cursor',
        () => presenceOf(viewer, onB.doc.clientID)?.cursor?.x === 5,
      )
    for (const viewer of [facilitator, onB])
      await presenceReaches(
        viewer,
        'Ben\u2019s cursor',
        () => presenceOf(viewer, onC.doc.clientID)?.cursor?.x === 7,
      )
    expect(presenceOf(facilitator, onB.doc.clientID)?.user).toMatchObject({
      name: 'Ana',
      role: 'participant',
    })
    expect(presenceOf(onB, onC.doc.clientID)?.user).toMatchObject({
      name: 'Ben',
      sector: 'education',
    })

    // Leaving removes the cursor on every instance.
    const benId = onC.doc.clientID
    onC.destroy()
    for (const viewer of [facilitator, onB])
      await presenceReaches(viewer, 'Ben gone', (states) => !states.has(benId))
  })

  it('two instances writing one room at once, compacting as they go, lose nothing', async () => {
    cluster = await startCluster(2)
    const [a, b] = [cluster.at(0), cluster.at(1)]
    const workshop = await createWorkshop(a.httpUrl)
    const ana = await join(a.httpUrl, workshop, { name: 'Ana' })
    const ben = await join(b.httpUrl, workshop, { name: 'Ben', sector: 'education' })
    const onA = client(a.wsUrl, workshop.roomDoc, ana.token)
    const onB = client(b.wsUrl, workshop.roomDoc, ben.token)
    await Promise.all([synced(onA), synced(onB)])
    // Every 10 stored updates an instance compacts (WEAVE_COMPACT_AFTER_UPDATES=10), while the
    // other keeps appending.
    const fromA = streamNotes(onA, ana.author, 'a')
    const fromB = streamNotes(onB, ben.author, 'b')
    await docReaches(
      onA.doc,
      '150 notes from B at A',
      () => readNotes(onA.doc).filter((n) => n.text.startsWith('b ')).length >= 150,
    )
    fromA.stop()
    fromB.stop()
    const total = fromA.written() + fromB.written()
    for (const viewer of [onA, onB])
      await docReaches(viewer.doc, `all ${total} notes`, (doc) => readNotes(doc).length === total)

    // A third instance loads the room from the store alone: everything is there.
    const c = await cluster.spawn()
    const fresh = client(c.wsUrl, workshop.roomDoc, ana.token)
    await synced(fresh)
    expect(readNotes(fresh.doc)).toHaveLength(total)
    expect(noteTexts(fresh)).toEqual(noteTexts(onA))
  })

  it('an instance killed with SIGKILL: its clients move to another and nothing relayed is lost', async () => {
    cluster = await startCluster(2)
    const [a, b] = [cluster.at(0), cluster.at(1)]
    const workshop = await createWorkshop(a.httpUrl)
    const ana = await join(a.httpUrl, workshop, { name: 'Ana' })
    const writer = client(a.wsUrl, workshop.roomDoc, ana.token)
    const witness = client(b.wsUrl, workshop.roomDoc, workshop.facilitatorToken)
    await Promise.all([synced(writer), synced(witness)])

    // What the witness, on the other instance, was sent: it must all be durable.
    const relayed = new Set<string>()
    witness.doc.on('update', () => {
      for (const note of readNotes(witness.doc)) relayed.add(note.id)
    })
    const stream = streamNotes(writer, ana.author, 'note')
    await docReaches(witness.doc, '100 notes relayed across instances', () => relayed.size >= 100)
    a.child.kill('SIGKILL')
    const seenAtKill = new Set(relayed)
    stream.stop()
    await a.exited

    // The writer's client reconnects to the surviving instance and resyncs what it has.
    writer.provider.serverUrl = b.wsUrl
    await docReaches(
      witness.doc,
      'everything the writer wrote',
      () => readNotes(witness.doc).length === stream.written(),
    )
    const fresh = client(b.wsUrl, workshop.roomDoc, ana.token)
    await synced(fresh)
    const stored = new Set(readNotes(fresh.doc).map((note) => note.id))
    expect([...seenAtKill].filter((id) => !stored.has(id))).toEqual([])
    expect(stored.size).toBe(stream.written())
  })

  it('an instance that shuts down takes its clients\u2019 presence with it', async () => {
    cluster = await startCluster(2)
    const [a, b] = [cluster.at(0), cluster.at(1)]
    const workshop = await createWorkshop(a.httpUrl)
    const ana = await join(b.httpUrl, workshop, { name: 'Ana' })
    const onA = client(a.wsUrl, workshop.roomDoc, workshop.facilitatorToken)
    const onB = client(b.wsUrl, workshop.roomDoc, ana.token)
    await Promise.all([synced(onA), synced(onB)])
    onB.provider.awareness.setLocalStateField('cursor', { x: 1, y: 2 })
    await presenceReaches(
      onA,
      'Ana\u2019s cursor',
      () => presenceOf(onA, onB.doc.clientID)?.cursor?.x === 1,
    )
    // Well before the 30 s presence timeout: the instance says it leaves.
    b.child.kill('SIGTERM')
    await presenceReaches(
      onA,
      'Ana gone with her instance',
      (states) => !states.has(onB.doc.clientID),
    )
    expect(await b.exited).toBe(0)
  })

  it('someone moved while offline sends back what they wrote, through another instance', async () => {
    cluster = await startCluster(2)
    const [a, b] = [cluster.at(0), cluster.at(1)]
    const workshop = await createWorkshop(a.httpUrl)
    const ana = await join(a.httpUrl, workshop, { name: 'Ana' })
    const facilitate = (instance: ServerProcess, path: string, body: unknown) =>
      call(
        `${instance.httpUrl}/api/workshops/${workshop.workshopId}${path}`,
        'POST',
        workshop.facilitatorToken,
        body,
      )
    const rooms = (await facilitate(a, '/rooms', { count: 2 })).body as RoomInfo[]
    const [one, two] = rooms as [RoomInfo, RoomInfo]
    await facilitate(a, '/breakouts/move', { participantId: ana.participantId, roomId: one.roomId })
    await facilitate(a, '/breakouts/open', {})
    const inOne = client(a.wsUrl, one.docName, ana.token)
    await synced(inOne)
    inOne.provider.disconnect()
    createNote(inOne.doc, { laneId: 'health', x: 0, y: 80, text: 'written offline' }, ana.author)
    await facilitate(b, '/breakouts/move', { participantId: ana.participantId, roomId: two.roomId })
    // Back online through the other instance, which never saw her in room 1.
    inOne.provider.serverUrl = b.wsUrl
    inOne.provider.connect()
    expect(await closedWith(inOne)).toBe(CloseCode.moved)
    const witness = client(a.wsUrl, one.docName, workshop.facilitatorToken)
    await docReaches(witness.doc, 'the offline note', (doc) =>
      readNotes(doc).some((n) => n.text === 'written offline'),
    )
  })
})
