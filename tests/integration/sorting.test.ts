import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  CloseCode,
  clustersMap,
  CONTENT_LIMITS,
  createCluster,
  createNote,
  dissolveCluster,
  editNoteText,
  moveNotes,
  readClusters,
  readNotes,
  readSorting,
  renameCluster,
  setNotesCluster,
} from '@weave/shared'
import { createWorkshop, join, type Joined, type TestWorkshop } from '../helpers/api.js'
import { closedWith, docReaches, synced, type TestClient } from '../helpers/clients.js'
import { call } from '../helpers/http.js'
import { useHarness } from '../helpers/harness.js'
import type { RunningServer } from '../helpers/server.js'

const harness = useHarness()
let running: RunningServer

interface Setup {
  workshop: TestWorkshop
  ana: Joined
  ben: Joined
  anaBoard: TestClient
  benBoard: TestClient
  anaNotes: string[]
  benNote: string
}

async function setup(): Promise<Setup> {
  running = await harness.start()
  const workshop = await createWorkshop(running.httpUrl)
  const ana = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
  const ben = await join(running.httpUrl, workshop, { name: 'Ben', sector: 'education' })
  const anaBoard = harness.client(workshop.roomDoc, ana.token)
  const benBoard = harness.client(workshop.roomDoc, ben.token)
  await Promise.all([synced(anaBoard), synced(benBoard)])
  const anaNotes = [0, 1, 2].map((i) =>
    createNote(
      anaBoard.doc,
      { laneId: 'health', x: 10, y: 80 + 150 * i, text: `Ana ${i}` },
      ana.author,
    ),
  )
  const benNote = createNote(
    benBoard.doc,
    { laneId: 'education', x: 10, y: 80, text: 'Ben' },
    ben.author,
  )
  await docReaches(benBoard.doc, 'both see four notes', (doc) => readNotes(doc).length === 4)
  await docReaches(anaBoard.doc, 'both see four notes', (doc) => readNotes(doc).length === 4)
  return { workshop, ana, ben, anaBoard, benBoard, anaNotes, benNote }
}

const api = (s: Setup, rest: string, token: string, body: unknown = {}) =>
  call(`${running.httpUrl}/api/workshops/${s.workshop.workshopId}${rest}`, 'POST', token, body)

/** Waits until a fresh reader of the control document sees sorting open (or closed). */
async function sortingSeen(s: Setup, open: boolean): Promise<void> {
  const reader = harness.client(s.workshop.controlDoc, s.ben.token)
  await synced(reader)
  await docReaches(reader.doc, `sorting ${open ? 'open' : 'closed'}`, (doc) =>
    open ? readSorting(doc) !== null : readSorting(doc) === null,
  )
}

/** Makes `attempt` from a fresh client of `token`; expects 4409 and returns the server's board. */
async function refused(s: Setup, token: string, attempt: (doc: Y.Doc) => void): Promise<Y.Doc> {
  const attacker = harness.client(s.workshop.roomDoc, token)
  await docReaches(attacker.doc, 'the notes', (doc) => readNotes(doc).length >= 4)
  attempt(attacker.doc)
  expect(await closedWith(attacker)).toBe(CloseCode.refusedUpdate)
  const fresh = harness.client(s.workshop.roomDoc, s.workshop.facilitatorToken)
  await synced(fresh)
  return fresh.doc
}

const everyoneTo = (ids: string[], y: number) =>
  ids.map((noteId, i) => ({ noteId, laneId: 'families', x: 20, y: y + 150 * i }))

describe('sorting and clusters against real clients', () => {
  it('[FAC-S1] relays a participant’s bulk move of their own notes as one update', async () => {
    const s = await setup()
    const received: Uint8Array[] = []
    s.benBoard.doc.on('update', (update: Uint8Array) => received.push(update))
    expect(moveNotes(s.anaBoard.doc, everyoneTo(s.anaNotes, 500))).toBe(3)
    await docReaches(
      s.benBoard.doc,
      'all three moved',
      (doc) => readNotes(doc).filter((note) => note.laneId === 'families').length === 3,
    )
    expect(received).toHaveLength(1)
  })

  it('[FAC-S2][FAC-F8] refuses whole a bulk move that touches someone else’s note, until sorting opens', async () => {
    const s = await setup()
    const after = await refused(s, s.ben.token, (doc) =>
      moveNotes(doc, everyoneTo([s.benNote, s.anaNotes[0]!], 900)),
    )
    // Nothing of it was stored: not even Ben's own note moved.
    expect(readNotes(after).filter((note) => note.laneId === 'families')).toEqual([])
    // Making a cluster is Ben's to do, putting Ana's note in it is not: refused together.
    await refused(s, s.ben.token, (doc) =>
      doc.transact(() => {
        const mine = createCluster(doc, { name: 'Ben’s' }, s.ben.author)
        setNotesCluster(doc, [s.anaNotes[0]!], mine)
      }),
    )
  })

  it('[FAC-S2][FAC-S4] lets anyone arrange any note while sorting is open, never edit it, and closes', async () => {
    const s = await setup()
    expect((await api(s, '/sorting', s.ben.token)).status).toBe(403)
    const opened = await api(s, '/sorting', s.workshop.facilitatorToken, {})
    expect(opened).toMatchObject({ status: 200, body: { sorting: { roomIds: null, until: null } } })
    await sortingSeen(s, true)
    const cluster = createCluster(
      s.anaBoard.doc,
      { name: 'Trust', noteIds: [s.anaNotes[0]!] },
      s.ana.author,
    )
    await docReaches(s.benBoard.doc, 'the cluster', (doc) => readClusters(doc).length === 1)
    // Ben moves Ana's notes and his own at once, and puts one of Ana's into her cluster.
    moveNotes(s.benBoard.doc, everyoneTo([s.benNote, ...s.anaNotes], 300))
    setNotesCluster(s.benBoard.doc, [s.anaNotes[1]!, s.benNote], cluster)
    await docReaches(s.anaBoard.doc, 'Ben sorted', (doc) => {
      const notes = readNotes(doc)
      return (
        notes.every((note) => note.laneId === 'families') &&
        notes.filter((n) => n.clusterId === cluster).length === 3
      )
    })
    // Text stays the author's, and so does deleting.
    const after = await refused(s, s.ben.token, (doc) =>
      editNoteText(doc, s.anaNotes[0]!, 'mine now'),
    )
    expect(readNotes(after).find((note) => note.id === s.anaNotes[0])?.text).toBe('Ana 0')

    expect((await api(s, '/sorting/close', s.workshop.facilitatorToken)).body).toEqual({
      sorting: null,
    })
    await sortingSeen(s, false)
    await refused(s, s.ben.token, (doc) => moveNotes(doc, everyoneTo([s.anaNotes[2]!], 0)))
  })

  it('[FAC-S4] ends sorting when its time is up, and the rule returns', async () => {
    const s = await setup()
    const room = s.workshop.rooms[0]!.roomId
    expect(
      (await api(s, '/sorting', s.workshop.facilitatorToken, { roomIds: ['nosuchroom1'] })).body,
    ).toMatchObject({
      error: { code: 'unknown_room' },
    })
    expect((await api(s, '/sorting', s.workshop.facilitatorToken, { minutes: 0 })).status).toBe(400)
    const opened = await api(s, '/sorting', s.workshop.facilitatorToken, {
      roomIds: [room],
      minutes: 0.01,
    })
    expect(opened).toMatchObject({ status: 200, body: { sorting: { roomIds: [room] } } })
    const reader = harness.client(s.workshop.controlDoc, s.ben.token)
    await docReaches(reader.doc, 'sorting opened', (doc) => readSorting(doc) !== null)
    await docReaches(reader.doc, 'sorting closed by the server', (doc) => readSorting(doc) === null)
    await refused(s, s.ben.token, (doc) => moveNotes(doc, everyoneTo([s.anaNotes[0]!], 0)))
  })

  it('[FAC-S3] lets anyone rename a cluster, only its creator dissolve it', async () => {
    const s = await setup()
    const cluster = createCluster(
      s.anaBoard.doc,
      { name: 'Trust', noteIds: s.anaNotes.slice(0, 2) },
      s.ana.author,
    )
    await docReaches(s.benBoard.doc, 'the cluster', (doc) => readClusters(doc).length === 1)
    renameCluster(s.benBoard.doc, cluster, 'Mutual trust')
    setNotesCluster(s.benBoard.doc, [s.benNote], cluster)
    await docReaches(
      s.anaBoard.doc,
      'renamed, Ben’s note in',
      (doc) =>
        readClusters(doc)[0]?.name === 'Mutual trust' &&
        readNotes(doc).filter((n) => n.clusterId === cluster).length === 3,
    )
    await refused(s, s.ben.token, (doc) => dissolveCluster(doc, cluster))
    // Posing as Ana when making a cluster is refused too.
    await refused(s, s.ben.token, (doc) => createCluster(doc, { name: 'Fake' }, s.ana.author))
    // Ana dissolves hers, Ben's note leaving it with the rest.
    dissolveCluster(s.anaBoard.doc, cluster)
    await docReaches(
      s.benBoard.doc,
      'dissolved',
      (doc) =>
        readClusters(doc).length === 0 && readNotes(doc).every((note) => note.clusterId === null),
    )
  })

  it('[FAC-S5] refuses forged cluster payloads from anyone, by the content rules', async () => {
    const s = await setup()
    const token = s.workshop.facilitatorToken
    const forge = (doc: Y.Doc, write: (clusters: Y.Map<unknown>) => void) =>
      doc.transact(() => write(clustersMap(doc)))
    const cluster = (name: string, extra: Record<string, unknown> = {}) => {
      const map = new Y.Map<unknown>()
      for (const [key, value] of Object.entries({
        name,
        color: null,
        collapsed: false,
        createdAt: 1,
        createdBy: null,
        ...extra,
      }))
        map.set(key, value)
      return map
    }
    await refused(s, token, (doc) =>
      forge(doc, (c) => c.set('clusteraaaaaaa', cluster('A', { evil: 1 }))),
    )
    await refused(s, token, (doc) =>
      forge(doc, (c) => c.set('clusteraaaaaaa', cluster('x'.repeat(81)))),
    )
    await refused(s, token, (doc) => forge(doc, (c) => c.set('clusteraaaaaaa', 'not a map')))
    await refused(s, token, (doc) => forge(doc, (c) => c.set('<b>', cluster('A'))))
    // Up to the limit is fine; the next one is refused.
    const facilitator = harness.client(s.workshop.roomDoc, token)
    await synced(facilitator)
    facilitator.doc.transact(() => {
      for (let i = 0; i < CONTENT_LIMITS.clustersPerBoard; i++) {
        createCluster(
          facilitator.doc,
          { id: `clus${String(i).padStart(10, '0')}`, name: `${i}` },
          { id: null, name: null, sector: null },
        )
      }
    })
    await docReaches(
      s.benBoard.doc,
      'the clusters',
      (doc) => readClusters(doc).length === CONTENT_LIMITS.clustersPerBoard,
    )
    const after = await refused(s, token, (doc) =>
      createCluster(doc, { name: 'one too many' }, { id: null, name: null, sector: null }),
    )
    expect(readClusters(after)).toHaveLength(CONTENT_LIMITS.clustersPerBoard)
  })
})
