import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  CloseCode,
  MessageType,
  SyncMessageType,
  createNote,
  createThread,
  draftDocName,
  notesMap,
  readNotes,
  readThreads,
  readVote,
  type AnonymousMine,
  type Note,
} from '@weave/shared'
import { createWorkshop, join, type Joined, type TestWorkshop } from '../helpers/api.js'
import { closedWith, docReaches, synced, type TestClient } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'
import { linksFound, namedClientsOf, presenceFacts } from '../helpers/anonymity-links.js'
import { openRecorder, structClientsOf } from '../helpers/recorder.js'
import type { RunningServer } from '../helpers/server.js'
import { waitForEvent } from '../helpers/wait.js'
import { awarenessFrameOf, frameOf, roundTrip } from '../helpers/probe.js'
import { openRawSocket } from '../helpers/raw-socket.js'

// FAC-A rules (docs/facilitation.md, "Anonymity"): a participant or observer who records every
// frame and presence state they are sent tries every channel that could tie an anonymous note to
// a person: its fields, the Yjs client ids of its structs against the client ids in presence,
// presence fields naming it, thread authors, vote records and what the API lets them download.

const harness = useHarness()
let running: RunningServer

interface Workshop {
  workshop: TestWorkshop
  roomId: string
  ana: Joined
  ben: Joined
  cy: Joined
  observer: Joined
  base: string
}

async function workshopOfFour(): Promise<Workshop> {
  running = await harness.start()
  const workshop = await createWorkshop(running.httpUrl)
  const ana = await join(running.httpUrl, workshop, { name: 'Ana Secretname', sector: 'health' })
  const ben = await join(running.httpUrl, workshop, { name: 'Ben', sector: 'education' })
  const cy = await join(running.httpUrl, workshop, { anonymous: true })
  const observer = await join(running.httpUrl, workshop, { observer: true })
  const base = `${running.httpUrl}/api/workshops/${workshop.workshopId}`
  return { workshop, roomId: workshop.rooms[0]!.roomId, ana, ben, cy, observer, base }
}

/** A participant's own provider on the room, with a cursor: their presence carries their client id. */
async function present(w: Workshop, who: Joined): Promise<TestClient> {
  const client = harness.client(w.workshop.roomDoc, who.token)
  client.provider.awareness.setLocalStateField('cursor', { x: 40, y: 120 })
  await synced(client)
  return client
}

async function anonymously(w: Workshop, who: Joined, rest: string, body?: unknown) {
  const method = body === undefined ? 'DELETE' : 'POST'
  return call(`${w.base}/rooms/${w.roomId}/anonymous${rest}`, method, who.token, body)
}

describe('anonymous means unlinkable', () => {
  it('[FAC-A1][FAC-M3] nothing a participant or observer receives ties an anonymous note, its edits or a thread to its author', async () => {
    const w = await workshopOfFour()
    const ana = await present(w, w.ana)
    const cy = await present(w, w.cy)
    await present(w, w.ben)
    const benRecorder = await openRecorder(running.wsUrl, w.workshop.roomDoc, w.ben.token)
    const observerRecorder = await openRecorder(running.wsUrl, w.workshop.roomDoc, w.observer.token)
    harness.track(benRecorder.socket)
    harness.track(observerRecorder.socket)

    // Ana writes a named note from her own client, then posts one anonymously and works on it.
    const named = createNote(
      ana.doc,
      { laneId: 'health', x: 10, y: 80, text: 'named by Ana' },
      w.ana.author,
    )
    const posted = await anonymously(w, w.ana, '/notes', {
      laneId: 'health',
      x: 200,
      y: 80,
      text: 'first draft',
    })
    expect(posted.status).toBe(201)
    const secret = (posted.body as { id: string }).id
    for (const change of [
      { text: 'what we never say out loud' },
      { x: 220, y: 140 },
      { width: 240, height: 160 },
      { color: '#ffd966' },
      { laneId: 'education', x: 30, y: 90 },
    ]) {
      expect((await anonymously(w, w.ana, `/notes/${secret}`, change)).status).toBe(200)
    }
    // Cy joined anonymously: everything Cy writes goes through the server.
    // A careless (or curious) client says it is editing and has selected the anonymous note:
    // the server keeps that out of everyone's presence, cursor and all else kept.
    ana.provider.awareness.setLocalState({
      cursor: { x: 777, y: 777 },
      editing: secret,
      selected: secret,
    })
    await waitForEvent(
      'Ana’s careless presence reaches the recorder',
      (onChange) => {
        benRecorder.socket.ws.on('message', onChange)
        return () => benRecorder.socket.ws.off('message', onChange)
      },
      () =>
        (benRecorder.presence.get(ana.doc.clientID) ?? []).some(
          (state) => (state as { cursor?: { x: number } }).cursor?.x === 777,
        ),
    )
    const cyNote = (
      await anonymously(w, w.cy, '/notes', { laneId: 'health', x: 20, y: 300, text: 'from Cy' })
    ).body as { id: string }
    const thread = await anonymously(w, w.cy, '/threads', { from: cyNote.id, to: named })
    expect(thread.status).toBe(201)
    expect(
      (await anonymously(w, w.cy, `/threads/${(thread.body as { id: string }).id}`, { label: 'x' }))
        .status,
    ).toBe(200)

    for (const recorder of [benRecorder, observerRecorder]) {
      await recorder.caughtUp()
      await docReaches(recorder.mirror, 'the anonymous work', (doc) =>
        readNotes(doc).some((note) => note.text === 'what we never say out loud'),
      )
      const notes = readNotes(recorder.mirror)
      expect(notes.find((note) => note.id === secret)).toMatchObject({
        authorId: null,
        authorName: null,
        authorSector: 'health',
        laneId: 'education',
      })
      expect(readThreads(recorder.mirror)[0]).toMatchObject({ authorId: null, label: 'x' })
      // The recorder knows who is who: names and client ids from presence, named notes' writers.
      const facts = presenceFacts(recorder)
      expect(facts.named.get(w.ana.participantId)).toBe('Ana Secretname')
      expect(facts.clientIds.has(ana.doc.clientID)).toBe(true)
      expect(facts.clientIds.has(cy.doc.clientID)).toBe(true)
      const namedClients = namedClientsOf(recorder)
      expect(namedClients.get(ana.doc.clientID)).toBe('Ana Secretname')
      expect(linksFound(recorder, namedClients)).toEqual([])
    }

    // Ben publishes presence under the client id that wrote the anonymous notes, to be taken
    // for their author (or to frame someone): the server never relays it.
    const writer = structClientsOf(notesMap(benRecorder.mirror).get(secret) as Y.Map<unknown>)
    const [serverWriter] = [...writer]
    const poser = await openRawSocket(running.wsUrl, w.workshop.roomDoc, w.ben.token)
    harness.track(poser)
    poser.send(awarenessFrameOf([[serverWriter!, { cursor: { x: 1, y: 1 } }]]))
    await roundTrip(poser, new Uint8Array([0]))
    await observerRecorder.caughtUp()
    expect(observerRecorder.presence.has(serverWriter!)).toBe(false)
    // Nor may he write a named note under it, to pass his notes and the anonymous ones as one
    // writer's (4409).
    const squat = new Y.Doc()
    Y.applyUpdate(squat, Y.encodeStateAsUpdate(benRecorder.mirror))
    squat.clientID = serverWriter!
    const known = Y.encodeStateVector(squat)
    createNote(
      squat,
      { laneId: 'education', x: 5, y: 600, text: 'Ben, as the server' },
      w.ben.author,
    )
    poser.send(
      frameOf(MessageType.sync, SyncMessageType.update, Y.encodeStateAsUpdate(squat, known)),
    )
    expect((await poser.closed).code).toBe(CloseCode.refusedUpdate)

    // Only the author hears which notes are hers; others get nothing of hers.
    const mine = async (who: Joined) =>
      (await call(`${w.base}/rooms/${w.roomId}/anonymous/mine`, 'GET', who.token))
        .body as AnonymousMine
    expect((await mine(w.ana)).notes).toEqual([secret])
    expect(await mine(w.ben)).toEqual({ notes: [], threads: [] })
    expect((await mine(w.cy)).notes).toEqual([cyNote.id])
    // Nobody else may change or delete it, and the refusal says no more than "not yours".
    const benTries = await anonymously(w, w.ben, `/notes/${secret}`, { text: 'hijack' })
    expect(benTries.status).toBe(403)
    expect(JSON.stringify(benTries.body)).not.toContain(w.ana.participantId)
    expect((await anonymously(w, w.ben, `/notes/${secret}`)).status).toBe(403)
    // Participants and observers cannot download the board's exports (the store's link stays there).
    for (const who of [w.ben, w.observer]) {
      expect((await call(`${w.base}/exports/json`, 'GET', who.token)).status).toBe(403)
    }
    // Ana deletes it through the same path.
    expect((await anonymously(w, w.ana, `/notes/${secret}`)).status).toBe(200)
    await docReaches(benRecorder.mirror, 'deleted', (doc) => !notesMap(doc).has(secret))
  })

  it('[FAC-A1][FAC-F5] a note from a participant’s own client carries their id, name and sector; anonymous ones are refused (4409)', async () => {
    const w = await workshopOfFour()
    const ana = await present(w, w.ana)
    createNote(
      ana.doc,
      { laneId: 'health', x: 10, y: 80, text: 'anonymous the old way' },
      { ...w.ana.author, name: null },
    )
    expect(await closedWith(ana)).toBe(CloseCode.refusedUpdate)

    const cy = await present(w, w.cy)
    createNote(cy.doc, { laneId: 'health', x: 10, y: 80, text: 'by Cy' }, w.cy.author)
    expect(await closedWith(cy)).toBe(CloseCode.refusedUpdate)

    const ben = await present(w, w.ben)
    const benNote = createNote(
      ben.doc,
      { laneId: 'education', x: 1, y: 90, text: 'Ben' },
      w.ben.author,
    )
    const other = createNote(
      ben.doc,
      { laneId: 'education', x: 1, y: 300, text: 'Ben 2' },
      w.ben.author,
    )
    await docReaches(harness.client(w.workshop.roomDoc, w.observer.token).doc, 'Ben notes', (doc) =>
      notesMap(doc).has(other),
    )
    const cyAgain = await present(w, w.cy)
    createThread(cyAgain.doc, { from: benNote, to: other }, w.cy.author)
    expect(await closedWith(cyAgain)).toBe(CloseCode.refusedUpdate)

    // Ben's own notes arrived stamped as Ben; a note claiming another sector does not.
    const watcher = harness.client(w.workshop.roomDoc, w.observer.token)
    await docReaches(watcher.doc, 'Ben notes', (doc) => notesMap(doc).has(other))
    expect(readNotes(watcher.doc).find((note) => note.id === benNote)).toMatchObject({
      authorId: w.ben.participantId,
      authorName: 'Ben',
      authorSector: 'education',
    })
    const benAgain = await present(w, w.ben)
    createNote(
      benAgain.doc,
      { laneId: 'health', x: 1, y: 500, text: 'as health' },
      {
        ...w.ben.author,
        sector: 'health',
      },
    )
    expect(await closedWith(benAgain)).toBe(CloseCode.refusedUpdate)
  })

  it('[FAC-P5][FAC-A2] a reveal publishes anonymous drafts with a new id, the reveal time and no author, even in a named reveal', async () => {
    const w = await workshopOfFour()
    const started = await call(`${w.base}/rounds`, 'POST', w.workshop.facilitatorToken, {
      title: 'Iceberg',
      prompt: 'What structures hold this pattern in place?',
      durationSec: 60,
      mode: 'private',
    })
    expect(started.status).toBe(201)
    const ana = await present(w, w.ana)
    const cy = await present(w, w.cy)
    const benRecorder = await openRecorder(running.wsUrl, w.workshop.roomDoc, w.ben.token)
    const observerRecorder = await openRecorder(running.wsUrl, w.workshop.roomDoc, w.observer.token)
    harness.track(benRecorder.socket)
    harness.track(observerRecorder.socket)

    const draftOf = async (who: Joined) => {
      const draft = harness.client(
        draftDocName(w.workshop.workshopId, w.roomId, who.participantId),
        who.token,
      )
      await synced(draft)
      return draft
    }
    const anaDraft = await draftOf(w.ana)
    const cyDraft = await draftOf(w.cy)
    const anaNamed = createNote(
      anaDraft.doc,
      { laneId: 'health', x: 10, y: 80, text: 'Ana, named' },
      w.ana.author,
    )
    const anaQuiet = createNote(
      anaDraft.doc,
      { laneId: 'health', x: 300, y: 80, text: 'Ana, quietly' },
      { ...w.ana.author, name: null },
    )
    const cyDraftNote = createNote(
      cyDraft.doc,
      { laneId: 'health', x: 500, y: 80, text: 'Cy, as ever' },
      w.cy.author,
    )
    // A careless client even tells the room which draft note its person is typing in.
    ana.provider.awareness.setLocalStateField('editing', anaQuiet)
    cy.provider.awareness.setLocalStateField('editing', cyDraftNote)
    for (const draft of [anaDraft, cyDraft]) {
      const again = harness.client(
        draft.provider.roomname,
        draft === anaDraft ? w.ana.token : w.cy.token,
      )
      await docReaches(
        again.doc,
        'stored drafts',
        (doc) => readNotes(doc).length === (draft === anaDraft ? 2 : 1),
      )
    }
    await benRecorder.caughtUp()

    const revealedAt = Date.now()
    const reveal = await call(
      `${w.base}/rounds/current/reveal`,
      'POST',
      w.workshop.facilitatorToken,
      {
        anonymise: false,
      },
    )
    expect(reveal).toMatchObject({ status: 200, body: { revealed: 3 } })

    for (const recorder of [benRecorder, observerRecorder]) {
      await docReaches(recorder.mirror, 'revealed', (doc) => readNotes(doc).length === 3)
      const notes = readNotes(recorder.mirror)
      const byText = (text: string) => notes.find((note) => note.text === text) as Note
      // A named note keeps its author; like every revealed note it gets a board id of its own.
      expect(byText('Ana, named')).toMatchObject({ authorId: w.ana.participantId })
      expect(byText('Ana, named').id).not.toBe(anaNamed)
      for (const text of ['Ana, quietly', 'Cy, as ever']) {
        const note = byText(text)
        expect(note).toMatchObject({ authorId: null, authorName: null })
        expect([anaQuiet, cyDraftNote]).not.toContain(note.id)
        expect(note.createdAt).toBeGreaterThanOrEqual(revealedAt - 1000)
      }
      expect(linksFound(recorder, namedClientsOf(recorder))).toEqual([])
    }
    // The authors still find their notes (and only theirs).
    const mine = (await call(`${w.base}/rooms/${w.roomId}/anonymous/mine`, 'GET', w.ana.token))
      .body as AnonymousMine
    expect(mine.notes).toHaveLength(1)
    expect(readNotes(benRecorder.mirror).find((n) => n.id === mine.notes[0])?.text).toBe(
      'Ana, quietly',
    )
  })

  it('[FAC-V1][FAC-A1] dots on an anonymous note tell nobody who wrote it or who voted', async () => {
    const w = await workshopOfFour()
    await present(w, w.ana)
    const control = harness.client(w.workshop.controlDoc, w.ben.token)
    await synced(control)
    const secret = (
      (await anonymously(w, w.ana, '/notes', { laneId: 'health', x: 1, y: 90, text: 'vote me' }))
        .body as { id: string }
    ).id
    expect(
      (await call(`${w.base}/votes`, 'POST', w.workshop.facilitatorToken, { dotsPerPerson: 2 }))
        .status,
    ).toBe(201)
    for (const who of [w.ben, w.cy]) {
      const placed = await call(`${w.base}/votes/current/dots`, 'POST', who.token, {
        roomId: w.roomId,
        noteId: secret,
      })
      expect(placed.status).toBe(200)
    }
    const closed = await call(
      `${w.base}/votes/current/close`,
      'POST',
      w.workshop.facilitatorToken,
      {},
    )
    expect(closed.status).toBe(200)
    await docReaches(control.doc, 'results', (doc) => readVote(doc)?.results !== null)
    const published = JSON.stringify(control.doc.getMap('vote').toJSON())
    expect(readVote(control.doc)?.results).toEqual({ [secret]: 2 })
    for (const who of [w.ana, w.ben, w.cy]) expect(published).not.toContain(who.participantId)
  })
})
