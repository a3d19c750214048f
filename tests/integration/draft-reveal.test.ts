import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  CloseCode,
  createNote,
  createThread,
  draftDocName,
  MessageType,
  readNotes,
  SyncMessageType,
} from '@weave/shared'
import { createWorkshop, join, type Joined, type TestWorkshop } from '../helpers/api.js'
import { docReaches, synced, type TestClient } from '../helpers/clients.js'
import { call } from '../helpers/http.js'
import { useHarness } from '../helpers/harness.js'
import { frameOf, roundTrip, type Settled } from '../helpers/probe.js'
import { openRawSocket, type RawSocket } from '../helpers/raw-socket.js'
import type { RunningServer } from '../helpers/server.js'

const harness = useHarness()

interface Fixture {
  running: RunningServer
  workshop: TestWorkshop
  roomId: string
  ana: Joined
  ben: Joined
  facilitate: (path: string, body?: unknown) => Promise<{ status: number; body: unknown }>
  draftOf: (person: Joined) => string
  client: (docName: string, token: string) => TestClient
}

async function workshopWithAnaAndBen(): Promise<Fixture> {
  const running = await harness.start()
  const workshop = await createWorkshop(running.httpUrl)
  const roomId = workshop.rooms[0]!.roomId
  return {
    running,
    workshop,
    roomId,
    ana: await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' }),
    ben: await join(running.httpUrl, workshop, { name: 'Ben', sector: 'education' }),
    facilitate: (path, body = {}) =>
      call(
        `${running.httpUrl}/api/workshops/${workshop.workshopId}${path}`,
        'POST',
        workshop.facilitatorToken,
        body,
      ),
    draftOf: (person) => draftDocName(workshop.workshopId, roomId, person.participantId),
    client: (docName, token) => harness.client(docName, token),
  }
}

const PRIVATE_ROUND = { prompt: 'Private', durationSec: 60, mode: 'private' }

/** Writes a note into `person`'s draft and waits until the server has stored it. */
async function draftNote(fx: Fixture, person: Joined, id: string, text: string): Promise<void> {
  const writer = fx.client(fx.draftOf(person), person.token)
  await synced(writer)
  createNote(writer.doc, { id, laneId: person.author.sector!, x: 0, y: 0, text }, person.author)
  const reader = fx.client(fx.draftOf(person), person.token)
  await docReaches(reader.doc, `${text} stored`, (doc) =>
    readNotes(doc).some((note) => note.text === text),
  )
}

const REFUSED = { closed: CloseCode.refusedUpdate }

/** Sends a new note as one update on `socket`: answered when taken, else the close code. */
function writeNote(socket: RawSocket, person: Joined, text: string): Promise<Settled> {
  const doc = new Y.Doc()
  createNote(doc, { laneId: person.author.sector!, x: 0, y: 0, text }, person.author)
  socket.send(frameOf(MessageType.sync, SyncMessageType.update, Y.encodeStateAsUpdate(doc)))
  return roundTrip(socket, Y.encodeStateVector(doc))
}

/** A fresh reader's view of a document once it has synced. */
async function storedNotes(fx: Fixture, docName: string, token: string) {
  const reader = fx.client(docName, token)
  await synced(reader)
  return readNotes(reader.doc)
}

/**
 * Drafts have no board rules (only their author opens them, and the reveal stamps the author), so
 * the reveal is the one gate between a draft and the board. Found while writing the access
 * matrix: a draft note reusing the id of someone else's board note replaced that note on reveal;
 * found by the red team: two drafts' notes with one id became one note on a named reveal, and a
 * draft took writes after its round was revealed (and before any round), published later.
 */
describe('revealing drafts', () => {
  it('[REL-27][PRO-8] never lets a draft note replace a note already on the board', async () => {
    const fx = await workshopWithAnaAndBen()
    const { ana, ben } = fx
    const anaBoard = fx.client(fx.workshop.roomDoc, ana.token)
    await synced(anaBoard)
    const anaNote = createNote(
      anaBoard.doc,
      { laneId: 'health', x: 0, y: 80, text: 'Ana’s own words' },
      ana.author,
    )
    const witness = fx.client(fx.workshop.roomDoc, fx.workshop.facilitatorToken)
    await docReaches(witness.doc, 'Ana’s note', (doc) => readNotes(doc).length === 1)

    expect((await fx.facilitate('/rounds', PRIVATE_ROUND)).status).toBe(201)
    await draftNote(fx, ben, anaNote, 'hijacked')
    await draftNote(fx, ben, 'bensownnote1', 'Ben’s thought')

    const reveal = await fx.facilitate('/rounds/current/reveal', { anonymise: false })
    expect(reveal).toMatchObject({ status: 200, body: { revealed: 2 } })
    await docReaches(witness.doc, 'the reveal', (doc) => readNotes(doc).length === 3)
    expect(readNotes(witness.doc).find((n) => n.id === anaNote)).toMatchObject({
      text: 'Ana’s own words',
      authorId: ana.participantId,
    })
    // The crafted note arrives beside Ana's, under an id of its own: nothing of Ben's is lost.
    const crafted = readNotes(witness.doc).find((n) => n.text === 'hijacked')
    expect(crafted).toMatchObject({ authorId: ben.participantId })
    expect(crafted?.id).not.toBe(anaNote)
    expect(await storedNotes(fx, fx.draftOf(ben), ben.token)).toEqual([])
  })

  it.each([false, true])(
    '[PRO-8][FAC-P4] reveals two drafts’ notes sharing one id as two notes (anonymise: %s)',
    async (anonymise) => {
      const fx = await workshopWithAnaAndBen()
      expect((await fx.facilitate('/rounds', PRIVATE_ROUND)).status).toBe(201)
      await draftNote(fx, fx.ben, 'samenote1', 'Ben’s secret')
      await draftNote(fx, fx.ana, 'samenote1', 'Ana’s secret')

      const reveal = await fx.facilitate('/rounds/current/reveal', { anonymise })
      expect(reveal).toMatchObject({ status: 200, body: { revealed: 2 } })
      // The reveal answers once the board is stored.
      const notes = await storedNotes(fx, fx.workshop.roomDoc, fx.workshop.facilitatorToken)
      expect(notes.map((note) => note.text).sort()).toEqual(['Ana’s secret', 'Ben’s secret'])
      // Never the draft id, in either kind of reveal: the author's client knew it.
      expect(notes.map((note) => note.id)).not.toContain('samenote1')
      const authors = anonymise ? [null, null] : [fx.ana.participantId, fx.ben.participantId]
      expect(notes.map((note) => note.authorId).sort()).toEqual(authors.sort())
      for (const person of [fx.ana, fx.ben])
        expect(await storedNotes(fx, fx.draftOf(person), person.token)).toEqual([])
    },
  )

  it('[PRO-8] takes draft writes only while the private round is open, and reveals it once', async () => {
    const fx = await workshopWithAnaAndBen()
    const { ana } = fx
    const open = async () =>
      harness.track(await openRawSocket(fx.running.wsUrl, fx.draftOf(ana), ana.token))

    // Before any round: nothing waits in the draft for the next private round.
    expect(await writeNote(await open(), ana, 'written with no round')).toEqual(REFUSED)

    expect((await fx.facilitate('/rounds', PRIVATE_ROUND)).status).toBe(201)
    // Her live connection outlasts the round: once it is revealed, the draft takes no more.
    const live = await open()
    expect(await writeNote(live, ana, 'written in the round')).toHaveProperty('answered')
    const reveal = await fx.facilitate('/rounds/current/reveal', { anonymise: false })
    expect(reveal).toMatchObject({ status: 200, body: { revealed: 1 } })
    // A client whose sync repeats the reveal's deletions changes nothing: it is taken.
    const emptied = fx.client(fx.draftOf(ana), ana.token)
    await synced(emptied)
    const resync = await open()
    const everything = Y.encodeStateAsUpdate(emptied.doc)
    resync.send(frameOf(MessageType.sync, SyncMessageType.step2, everything))
    expect(await roundTrip(resync, Y.encodeStateVector(emptied.doc))).toHaveProperty('answered')
    expect(await writeNote(live, ana, 'written after the reveal')).toEqual(REFUSED)

    expect(await storedNotes(fx, fx.draftOf(ana), ana.token)).toEqual([])
    expect(await fx.facilitate('/rounds/current/reveal', { anonymise: false })).toMatchObject({
      status: 409,
      body: { error: { code: 'already_revealed' } },
    })
    const board = await storedNotes(fx, fx.workshop.roomDoc, fx.workshop.facilitatorToken)
    expect(board.map((note) => note.text)).toEqual(['written in the round'])
  })

  it('[PRO-8] refuses a thread in a draft: private notes are not connected', async () => {
    const fx = await workshopWithAnaAndBen()
    const { ana } = fx
    expect((await fx.facilitate('/rounds', PRIVATE_ROUND)).status).toBe(201)
    const socket = harness.track(await openRawSocket(fx.running.wsUrl, fx.draftOf(ana), ana.token))
    const doc = new Y.Doc()
    const ends = ['one', 'two'].map((text) =>
      createNote(doc, { laneId: 'health', x: 0, y: 0, text }, ana.author),
    )
    createThread(doc, { from: ends[0]!, to: ends[1]! }, ana.author)
    socket.send(frameOf(MessageType.sync, SyncMessageType.update, Y.encodeStateAsUpdate(doc)))
    expect(await roundTrip(socket, Y.encodeStateVector(doc))).toEqual(REFUSED)
    expect(await storedNotes(fx, fx.draftOf(ana), ana.token)).toEqual([])
  })

  it('[PRO-8] closes the draft when its round ends, keeping what was written for the reveal', async () => {
    const fx = await workshopWithAnaAndBen()
    const { ana } = fx
    expect((await fx.facilitate('/rounds', PRIVATE_ROUND)).status).toBe(201)
    await draftNote(fx, ana, 'beforeend1', 'written before the end')
    const live = harness.track(await openRawSocket(fx.running.wsUrl, fx.draftOf(ana), ana.token))

    expect((await fx.facilitate('/rounds/current/end')).status).toBe(200)
    expect(await writeNote(live, ana, 'too late')).toEqual(REFUSED)

    const reveal = await fx.facilitate('/rounds/current/reveal', { anonymise: false })
    expect(reveal).toMatchObject({ status: 200, body: { revealed: 1 } })
    const board = await storedNotes(fx, fx.workshop.roomDoc, fx.workshop.facilitatorToken)
    expect(board.map((note) => note.text)).toEqual(['written before the end'])
  })
})
