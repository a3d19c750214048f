import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  CloseCode,
  createNote,
  deleteNote,
  editNoteText,
  moveNote,
  readAttention,
  readLanes,
  readNotes,
  readPhase,
  readVote,
  setAttention,
  setLaneLocked,
  setPhase,
  type MyDots,
} from '@weave/shared'
import { createWorkshop, join, type Joined, type TestWorkshop } from '../helpers/api.js'
import { closedWith, docReaches, synced, type TestClient } from '../helpers/clients.js'
import { call } from '../helpers/http.js'
import { useHarness } from '../helpers/harness.js'
import { openRawSocket } from '../helpers/raw-socket.js'
import type { RunningServer } from '../helpers/server.js'
import { waitForEvent } from '../helpers/wait.js'

const harness = useHarness()
let running: RunningServer
const client = (docName: string, token: string): TestClient => harness.client(docName, token)

interface Setup {
  workshop: TestWorkshop
  ana: Joined
  ben: Joined
  control: TestClient
  anaBoard: TestClient
  anaNote: string
}

async function setup(): Promise<Setup> {
  running = await harness.start()
  const workshop = await createWorkshop(running.httpUrl)
  const ana = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
  const ben = await join(running.httpUrl, workshop, { name: 'Ben', sector: 'education' })
  const control = client(workshop.controlDoc, workshop.facilitatorToken)
  const anaBoard = client(workshop.roomDoc, ana.token)
  await Promise.all([synced(control), synced(anaBoard)])
  const anaNote = createNote(
    anaBoard.doc,
    { laneId: 'health', x: 0, y: 80, text: 'Ana’s note' },
    ana.author,
  )
  const witness = client(workshop.roomDoc, workshop.facilitatorToken)
  await docReaches(witness.doc, 'Ana’s note stored', (doc) => readNotes(doc).length === 1)
  return { workshop, ana, ben, control, anaBoard, anaNote }
}

/** Applies `attempt` from a fresh client of `token`, expects 4409, and returns the server's board. */
async function refused(s: Setup, token: string, attempt: (doc: Y.Doc) => void): Promise<Y.Doc> {
  const attacker = client(s.workshop.roomDoc, token)
  await docReaches(attacker.doc, 'Ana’s note', (doc) =>
    readNotes(doc).some((n) => n.id === s.anaNote),
  )
  attempt(attacker.doc)
  expect(await closedWith(attacker)).toBe(CloseCode.refusedUpdate)
  const fresh = client(s.workshop.roomDoc, s.workshop.facilitatorToken)
  await synced(fresh)
  return fresh.doc
}

describe('board rules hold against raw updates', () => {
  it('[FAC-F4][FAC-F8][REL-15] lets participants change only their own notes', async () => {
    const s = await setup()
    const after = await refused(s, s.ben.token, (doc) => editNoteText(doc, s.anaNote, 'vandalised'))
    expect(readNotes(after).find((n) => n.id === s.anaNote)?.text).toBe('Ana’s note')
    await refused(s, s.ben.token, (doc) => deleteNote(doc, s.anaNote))
    await refused(s, s.ben.token, (doc) =>
      moveNote(doc, s.anaNote, { laneId: 'education', x: 0, y: 0 }),
    )
    // Posing as Ana when creating a note is refused too.
    await refused(s, s.ben.token, (doc) =>
      createNote(doc, { laneId: 'health', x: 0, y: 0, text: 'fake' }, s.ana.author),
    )
    const final = client(s.workshop.roomDoc, s.ben.token)
    await synced(final)
    expect(readNotes(final.doc).map((n) => n.text)).toEqual(['Ana’s note'])
  })

  it('[FAC-F6][FAC-F7][FAC-F8][REL-15] holds lane locks, the board lock and the closed phase', async () => {
    const s = await setup()
    // Control changes reach the server before the attempts: a second reader sees each one first.
    const reader = client(s.workshop.controlDoc, s.ben.token)
    const seen = (what: string, check: (doc: Y.Doc) => boolean) =>
      docReaches(reader.doc, what, check)
    const benBoard = client(s.workshop.roomDoc, s.ben.token)
    await synced(benBoard)
    const benNote = createNote(
      benBoard.doc,
      { laneId: 'education', x: 0, y: 80, text: 'Ben’s note' },
      s.ben.author,
    )
    await docReaches(s.anaBoard.doc, 'Ben’s note', (doc) =>
      readNotes(doc).some((n) => n.id === benNote),
    )
    setLaneLocked(s.control.doc, 'health', true)
    await seen('lane lock', (doc) => readLanes(doc).some((l) => l.id === 'health' && l.locked))
    const lockedLane = await refused(s, s.ana.token, (doc) =>
      editNoteText(doc, s.anaNote, 'changed'),
    )
    expect(readNotes(lockedLane)[0]?.text).toBe('Ana’s note')
    // Nothing moves out of a locked lane, nor into it.
    await refused(s, s.ana.token, (doc) =>
      moveNote(doc, s.anaNote, { laneId: 'education', x: 0, y: 0 }),
    )
    await refused(s, s.ben.token, (doc) =>
      moveNote(doc, benNote, { laneId: 'health', x: 0, y: 300 }),
    )
    await refused(s, s.ben.token, (doc) =>
      createNote(doc, { laneId: 'health', x: 0, y: 0, text: 'x' }, s.ben.author),
    )

    setLaneLocked(s.control.doc, 'health', false)
    setAttention(s.control.doc, { boardLocked: true })
    await seen('board lock', (doc) => readAttention(doc).boardLocked)
    await refused(s, s.ben.token, (doc) =>
      createNote(doc, { laneId: 'education', x: 0, y: 0, text: 'x' }, s.ben.author),
    )

    setAttention(s.control.doc, { boardLocked: false })
    setPhase(s.control.doc, 'closed')
    await seen('closed', (doc) => readPhase(doc) === 'closed')
    await refused(s, s.workshop.facilitatorToken, (doc) =>
      editNoteText(doc, s.anaNote, 'archive edit'),
    )

    setPhase(s.control.doc, 'live')
    await seen('live', (doc) => readPhase(doc) === 'live')
    const ben = client(s.workshop.roomDoc, s.ben.token)
    await synced(ben)
    createNote(ben.doc, { laneId: 'education', x: 0, y: 0, text: 'allowed again' }, s.ben.author)
    const fresh = client(s.workshop.roomDoc, s.ana.token)
    await docReaches(fresh.doc, 'allowed note', (doc) =>
      readNotes(doc).some((n) => n.text === 'allowed again'),
    )
  })

  it('[FAC-F8] refuses a participant update as a whole when any part of it breaks a rule', async () => {
    const s = await setup()
    const spy = harness.track(
      await openRawSocket(running.wsUrl, s.workshop.roomDoc, s.workshop.facilitatorToken),
    )
    await spy.receivedAtLeast(1)
    const ben = client(s.workshop.roomDoc, s.ben.token)
    await docReaches(ben.doc, 'Ana’s note', (doc) => readNotes(doc).some((n) => n.id === s.anaNote))
    // One transaction, so one update: Ben's own new note (allowed) and an edit of Ana's (not).
    ben.doc.transact(() => {
      createNote(ben.doc, { laneId: 'education', x: 0, y: 80, text: 'BEN-own-words' }, s.ben.author)
      editNoteText(ben.doc, s.anaNote, 'vandalised')
    })
    expect(await closedWith(ben)).toBe(CloseCode.refusedUpdate)

    // A marker written after the refusal: once it is relayed, Ben's update would have been too.
    createNote(s.anaBoard.doc, { laneId: 'health', x: 0, y: 300, text: 'MARKER' }, s.ana.author)
    const relayed = () => Buffer.concat(spy.received.map((frame) => Buffer.from(frame)))
    await waitForEvent(
      'the marker relayed',
      (onChange) => {
        spy.ws.on('message', onChange)
        return () => spy.ws.off('message', onChange)
      },
      () => relayed().includes('MARKER'),
    )
    expect(relayed().includes('BEN-own-words')).toBe(false)
    expect(relayed().includes('vandalised')).toBe(false)
    const fresh = client(s.workshop.roomDoc, s.workshop.facilitatorToken)
    await docReaches(fresh.doc, 'the marker', (doc) =>
      readNotes(doc).some((n) => n.text === 'MARKER'),
    )
    expect(readNotes(fresh.doc).map((n) => n.text)).toEqual(['Ana’s note', 'MARKER'])
  })
})

describe('moderation by facilitators', () => {
  it('[FAC-M1] lets facilitators edit, move and remove anyone’s note directly', async () => {
    const s = await setup()
    const facilitator = client(s.workshop.roomDoc, s.workshop.facilitatorToken)
    await docReaches(facilitator.doc, 'Ana’s note', (doc) =>
      readNotes(doc).some((n) => n.id === s.anaNote),
    )
    editNoteText(facilitator.doc, s.anaNote, 'Tidied by the facilitator')
    moveNote(facilitator.doc, s.anaNote, { laneId: 'education', x: 20, y: 40 })
    await docReaches(s.anaBoard.doc, 'the facilitator’s edit and move', (doc) =>
      readNotes(doc).some(
        (n) =>
          n.id === s.anaNote && n.text === 'Tidied by the facilitator' && n.laneId === 'education',
      ),
    )
    const ben = client(s.workshop.roomDoc, s.ben.token)
    await docReaches(ben.doc, 'the edit, for Ben too', (doc) =>
      readNotes(doc).some((n) => n.text === 'Tidied by the facilitator'),
    )

    deleteNote(facilitator.doc, s.anaNote)
    await docReaches(s.anaBoard.doc, 'the note removed', (doc) => readNotes(doc).length === 0)
    await docReaches(ben.doc, 'the note removed, for Ben too', (doc) => readNotes(doc).length === 0)
    const fresh = client(s.workshop.roomDoc, s.ana.token)
    await synced(fresh)
    expect(readNotes(fresh.doc)).toEqual([])
    expect(facilitator.closes).toEqual([])
  })
})

describe('dot voting', () => {
  it('[FAC-V1][FAC-V2][FAC-V3] keeps dots private, enforces the limit against eager clients, and publishes counts on close', async () => {
    const s = await setup()
    const base = `${running.httpUrl}/api/workshops/${s.workshop.workshopId}`
    const roomId = s.workshop.rooms[0]!.roomId
    const benNote = createNote(
      s.anaBoard.doc,
      { laneId: 'health', x: 0, y: 300, text: 'second' },
      s.ana.author,
    )
    const facilitatorBoard = client(s.workshop.roomDoc, s.workshop.facilitatorToken)
    await docReaches(facilitatorBoard.doc, 'both notes', (doc) => readNotes(doc).length === 2)

    expect(
      (await call(`${base}/votes`, 'POST', s.workshop.facilitatorToken, { dotsPerPerson: 2 }))
        .status,
    ).toBe(201)
    await docReaches(s.control.doc, 'vote open', (doc) => readVote(doc)?.status === 'open')
    // Ben fires five dots at once: exactly two land.
    const attempts = await Promise.all(
      Array.from({ length: 5 }, () =>
        call(`${base}/votes/current/dots`, 'POST', s.ben.token, { roomId, noteId: s.anaNote }),
      ),
    )
    expect(attempts.filter((a) => a.status === 200)).toHaveLength(2)
    expect(
      attempts
        .filter((a) => a.status === 409)
        .map((a) => (a.body as { error: { code: string } }).error.code),
    ).toEqual(['no_dots_left', 'no_dots_left', 'no_dots_left'])
    const mine = (await call(`${base}/votes/current/mine`, 'GET', s.ben.token)).body as MyDots
    expect(mine).toMatchObject({ noteIds: [s.anaNote, s.anaNote], dotsLeft: 0 })
    const removed = (
      await call(`${base}/votes/current/dots/${roomId}/${s.anaNote}`, 'DELETE', s.ben.token)
    ).body as MyDots
    expect(removed.dotsLeft).toBe(1)
    expect(
      (await call(`${base}/votes/current/dots`, 'POST', s.ben.token, { roomId, noteId: benNote }))
        .status,
    ).toBe(200)
    expect(
      (await call(`${base}/votes/current/dots`, 'POST', s.ana.token, { roomId, noteId: benNote }))
        .status,
    ).toBe(200)
    expect(
      (await call(`${base}/votes/current/dots`, 'POST', s.ana.token, { roomId, noteId: 'nope' }))
        .status,
    ).toBe(404)
    // Each participant receives their own dots only.
    const anaMine = (await call(`${base}/votes/current/mine`, 'GET', s.ana.token)).body as MyDots
    expect(anaMine.noteIds).toEqual([benNote])
    // Nobody sees counts while the vote is open.
    expect(readVote(s.control.doc)?.results).toBeNull()
    expect((await call(`${base}/votes/current/close`, 'POST', s.ben.token, {})).status).toBe(403)

    const closed = await call(
      `${base}/votes/current/close`,
      'POST',
      s.workshop.facilitatorToken,
      {},
    )
    expect(closed.body).toMatchObject({
      status: 'closed',
      results: { [s.anaNote]: 1, [benNote]: 2 },
    })
    await docReaches(s.control.doc, 'results', (doc) => readVote(doc)?.results !== null)
    expect(readVote(s.control.doc)?.results).toEqual({ [s.anaNote]: 1, [benNote]: 2 })
    expect(
      (await call(`${base}/votes/current/dots`, 'POST', s.ben.token, { roomId, noteId: benNote }))
        .status,
    ).toBe(409)
  })
})

describe('moderation', () => {
  it('[FAC-M2] lets facilitators hide a note from everyone and restore it; participants cannot', async () => {
    const s = await setup()
    const base = `${running.httpUrl}/api/workshops/${s.workshop.workshopId}`
    const roomId = s.workshop.rooms[0]!.roomId
    const hidePath = `${base}/rooms/${roomId}/notes/${s.anaNote}/hide`
    expect((await call(hidePath, 'POST', s.ben.token, {})).status).toBe(403)
    expect((await call(`${base}/hidden-notes`, 'GET', s.ben.token)).status).toBe(403)

    const hidden = await call(hidePath, 'POST', s.workshop.facilitatorToken, {})
    expect(hidden).toMatchObject({
      status: 200,
      body: { roomId, note: { id: s.anaNote, text: 'Ana’s note' } },
    })
    const benView = client(s.workshop.roomDoc, s.ben.token)
    await synced(benView)
    expect(readNotes(benView.doc)).toEqual([])
    await docReaches(s.anaBoard.doc, 'hidden for Ana too', (doc) => readNotes(doc).length === 0)
    const list = await call(`${base}/hidden-notes`, 'GET', s.workshop.facilitatorToken)
    expect((list.body as Array<{ note: { id: string } }>).map((h) => h.note.id)).toEqual([
      s.anaNote,
    ])

    const restored = await call(
      `${base}/hidden-notes/${roomId}/${s.anaNote}/restore`,
      'POST',
      s.workshop.facilitatorToken,
      {},
    )
    expect(restored.status).toBe(200)
    await docReaches(benView.doc, 'restored', (doc) =>
      readNotes(doc).some((n) => n.id === s.anaNote),
    )
    expect(readNotes(benView.doc)[0]).toMatchObject({
      text: 'Ana’s note',
      authorId: s.ana.participantId,
    })
    expect(
      (
        await call(
          `${base}/hidden-notes/${roomId}/${s.anaNote}/restore`,
          'POST',
          s.workshop.facilitatorToken,
          {},
        )
      ).status,
    ).toBe(404)
  })
})
