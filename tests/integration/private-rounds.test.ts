import { describe, expect, it } from 'vitest'
import {
  CloseCode,
  createNote,
  draftDocName,
  readNotes,
  readRound,
  remainingMs,
  type Round,
} from '@weave/shared'
import { createWorkshop, join, type Joined, type TestWorkshop } from '../helpers/api.js'
import { closedWith, docReaches, synced, type TestClient } from '../helpers/clients.js'
import { call } from '../helpers/http.js'
import { openRawSocket } from '../helpers/raw-socket.js'
import { useHarness } from '../helpers/harness.js'
import type { RunningServer } from '../helpers/server.js'

const harness = useHarness()
let running: RunningServer
const client = (docName: string, token: string): TestClient => harness.client(docName, token)

async function api(workshop: TestWorkshop, path: string, token: string, body: unknown = {}) {
  return call(`${running.httpUrl}/api/workshops/${workshop.workshopId}${path}`, 'POST', token, body)
}

interface Room {
  workshop: TestWorkshop
  ana: Joined
  ben: Joined
  roomId: string
}

async function privateRound(): Promise<Room> {
  running = await harness.start()
  const workshop = await createWorkshop(running.httpUrl)
  const ana = await join(running.httpUrl, workshop, { name: 'Ana Secretname', sector: 'health' })
  const ben = await join(running.httpUrl, workshop, { name: 'Ben', sector: 'education' })
  const started = await api(workshop, '/rounds', workshop.facilitatorToken, {
    title: 'Check-in',
    prompt: 'What are you bringing in with you?',
    durationSec: 60,
    mode: 'private',
  })
  expect(started.status).toBe(201)
  return { workshop, ana, ben, roomId: workshop.rooms[0]!.roomId }
}

const bytesContain = (frames: Uint8Array[], text: string) =>
  frames.some((frame) => Buffer.from(frame).includes(Buffer.from(text)))

describe('private writing, then reveal', () => {
  it('[FAC-P1][FAC-P2][FAC-P3][FAC-P4][REL-16] never sends a hidden note to anyone else, then reveals it to everyone', async () => {
    const { workshop, ana, ben, roomId } = await privateRound()
    const canary = 'CANARY-hidden-thought-41'
    // Ben and an observer watch the raw bytes of the room and the control document.
    const benRoom = await openRawSocket(running.wsUrl, workshop.roomDoc, ben.token)
    const observer = (await join(running.httpUrl, workshop, { observer: true })).token
    const observerRoom = await openRawSocket(running.wsUrl, workshop.roomDoc, observer)
    harness.track(benRoom)
    harness.track(observerRoom)

    const anaDraft = client(draftDocName(workshop.workshopId, roomId, ana.participantId), ana.token)
    await synced(anaDraft)
    createNote(
      anaDraft.doc,
      { laneId: 'health', x: 10, y: 80, text: canary, roundId: 'r' },
      ana.author,
    )
    // A second client of Ana's draft sees it: it is stored.
    const anaAgain = client(draftDocName(workshop.workshopId, roomId, ana.participantId), ana.token)
    await docReaches(anaAgain.doc, 'Ana sees her draft', (doc) => readNotes(doc).length === 1)

    // Ben may not open Ana's draft, nor may the facilitator.
    expect(
      await closedWith(
        client(draftDocName(workshop.workshopId, roomId, ana.participantId), ben.token),
      ),
    ).toBe(CloseCode.forbidden)
    expect(
      await closedWith(
        client(
          draftDocName(workshop.workshopId, roomId, ana.participantId),
          workshop.facilitatorToken,
        ),
      ),
    ).toBe(CloseCode.forbidden)

    // A participant writing straight to the board during a private round is refused.
    const benBoard = client(workshop.roomDoc, ben.token)
    await synced(benBoard)
    createNote(
      benBoard.doc,
      { laneId: 'education', x: 0, y: 80, text: 'public too early' },
      ben.author,
    )
    expect(await closedWith(benBoard)).toBe(CloseCode.refusedUpdate)
    expect(bytesContain(benRoom.received, canary)).toBe(false)
    expect(bytesContain(observerRoom.received, canary)).toBe(false)

    const reveal = await api(workshop, '/rounds/current/reveal', workshop.facilitatorToken, {
      anonymise: false,
    })
    expect(reveal).toMatchObject({ status: 200, body: { revealed: 1 } })
    const benView = client(workshop.roomDoc, ben.token)
    await docReaches(benView.doc, 'the revealed note', (doc) =>
      readNotes(doc).some((n) => n.text === canary),
    )
    expect(readNotes(benView.doc).find((n) => n.text === canary)).toMatchObject({
      authorName: 'Ana Secretname',
      authorSector: 'health',
      authorId: ana.participantId,
    })
    expect(readNotes(benView.doc).map((n) => n.text)).not.toContain('public too early')
    await docReaches(anaAgain.doc, 'the draft empties', (doc) => readNotes(doc).length === 0)
    await benRoom.receivedAtLeast(3)
  })

  it('reveals anonymously: the author is removed before anyone receives the note', async () => {
    const { workshop, ana, ben, roomId } = await privateRound()
    const benRoom = await openRawSocket(running.wsUrl, workshop.roomDoc, ben.token)
    harness.track(benRoom)
    const anaDraft = client(draftDocName(workshop.workshopId, roomId, ana.participantId), ana.token)
    await synced(anaDraft)
    createNote(anaDraft.doc, { laneId: 'health', x: 10, y: 80, text: 'quiet words' }, ana.author)
    const again = client(draftDocName(workshop.workshopId, roomId, ana.participantId), ana.token)
    await docReaches(again.doc, 'stored draft', (doc) => readNotes(doc).length === 1)

    expect(
      (
        await api(workshop, '/rounds/current/reveal', workshop.facilitatorToken, {
          anonymise: true,
        })
      ).status,
    ).toBe(200)
    const benView = client(workshop.roomDoc, ben.token)
    await docReaches(benView.doc, 'revealed', (doc) =>
      readNotes(doc).some((n) => n.text === 'quiet words'),
    )
    expect(readNotes(benView.doc)[0]).toMatchObject({
      authorName: null,
      authorId: null,
      authorSector: 'health',
    })
    await benRoom.receivedAtLeast(2)
    expect(bytesContain(benRoom.received, 'quiet words')).toBe(true)
    expect(bytesContain(benRoom.received, 'Ana Secretname')).toBe(false)
    expect(bytesContain(benRoom.received, ana.participantId)).toBe(false)
  })

  it('[FAC-R1][FAC-R2] counts down in server time and lets the facilitator pause, extend and end', async () => {
    const { workshop } = await privateRound()
    const control = client(workshop.controlDoc, workshop.facilitatorToken)
    await docReaches(control.doc, 'the round', (doc) => readRound(doc) !== null)
    const round = readRound(control.doc) as Round
    const { body: time } = await call(`${running.httpUrl}/api/time`, 'GET', null)
    const left = remainingMs(round, (time as { now: number }).now)
    expect(left).toBeGreaterThan(55_000)
    expect(left).toBeLessThanOrEqual(60_000)

    const paused = (await api(workshop, '/rounds/current/pause', workshop.facilitatorToken))
      .body as Round
    expect(paused.status).toBe('paused')
    const extended = (
      await api(workshop, '/rounds/current/extend', workshop.facilitatorToken, { seconds: 60 })
    ).body as Round
    expect(extended.remainingMs).toBe(paused.remainingMs + 60_000)
    const resumed = (await api(workshop, '/rounds/current/resume', workshop.facilitatorToken))
      .body as Round
    expect(resumed.status).toBe('running')
    expect(resumed.endsAt - resumed.remainingMs).toBeGreaterThan(round.startedAt)
    const ended = (await api(workshop, '/rounds/current/end', workshop.facilitatorToken))
      .body as Round
    expect(ended).toMatchObject({ status: 'ended', remainingMs: 0 })
    await docReaches(control.doc, 'ended round', (doc) => readRound(doc)?.status === 'ended')
    expect((await api(workshop, '/rounds/current/pause', workshop.facilitatorToken)).status).toBe(
      409,
    )
  })
})
