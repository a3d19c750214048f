import { describe, expect, it } from 'vitest'
import {
  CloseCode,
  createNote,
  createThread,
  readAssignments,
  readBreakout,
  readNotes,
  readRound,
  readThreads,
  roomDocName,
  roomForParticipant,
  type Author,
  type HarvestResponse,
  type ParticipantInfo,
  type RoomInfo,
} from '@weave/shared'
import { createWorkshop, join, type Joined, type TestWorkshop } from '../helpers/api.js'
import { closedWith, docReaches, synced, type TestClient } from '../helpers/clients.js'
import { call } from '../helpers/http.js'
import { useHarness } from '../helpers/harness.js'
import type { RunningServer } from '../helpers/server.js'

const harness = useHarness()
let running: RunningServer
const client = (docName: string, token: string): TestClient => harness.client(docName, token)

/** The summit: 121 providers across the seven default sectors. */
const SUMMIT: Record<string, number> = {
  health: 24,
  education: 20,
  'child-care': 18,
  'social-services': 17,
  government: 14,
  community: 18,
  families: 10,
}

function facilitatorCall(
  workshop: TestWorkshop,
  path: string,
  body?: unknown,
  method: 'GET' | 'POST' = 'POST',
) {
  return call(
    `${running.httpUrl}/api/workshops/${workshop.workshopId}${path}`,
    method,
    workshop.facilitatorToken,
    body,
  )
}

describe('breakout rooms', () => {
  it('seats 121 participants in 12 sector-balanced rooms, each connected to exactly their room', async () => {
    running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl, 'Summit')
    const people: Joined[] = []
    for (const [sector, count] of Object.entries(SUMMIT)) {
      for (let i = 0; i < count; i++)
        people.push(await join(running.httpUrl, workshop, { name: `${sector} ${i}`, sector }))
    }
    const created = await facilitatorCall(workshop, '/rooms', { count: 12 })
    expect(created.status).toBe(201)
    const rooms = created.body as RoomInfo[]
    const assigned = await facilitatorCall(workshop, '/breakouts/assign', { mode: 'balanced' })
    expect(assigned.status).toBe(200)
    expect((await facilitatorCall(workshop, '/breakouts/open', {})).status).toBe(200)

    const control = client(workshop.controlDoc, workshop.facilitatorToken)
    await docReaches(control.doc, 'breakouts open', (doc) => readBreakout(doc).status === 'open')
    const assignments = readAssignments(control.doc)
    expect(assignments.size).toBe(121)
    // Every room has all six professional sectors; sizes 10 or 11.
    const list = (await facilitatorCall(workshop, '/participants', undefined, 'GET'))
      .body as ParticipantInfo[]
    for (const room of rooms) {
      const inRoom = list.filter((p) => p.roomId === room.roomId)
      expect([10, 11]).toContain(inRoom.length)
      expect(new Set(inRoom.map((p) => p.sector)).size).toBeGreaterThanOrEqual(6)
    }

    // Everyone connects to the room their control document names, and syncs.
    const seated = people.map((person) => {
      const roomId = roomForParticipant(control.doc, person.participantId)
      expect(roomId).not.toBeNull()
      return client(roomDocName(workshop.workshopId, roomId!), person.token)
    })
    await Promise.all(seated.map(synced))
    expect(running.server.stats().connections).toBeGreaterThanOrEqual(122)

    // A participant is refused in a room they are not assigned to.
    const someone = people[0]!
    const elsewhere = rooms.find((room) => room.roomId !== assignments.get(someone.participantId))!
    expect(await closedWith(client(elsewhere.docName, someone.token))).toBe(CloseCode.moved)

    // A round broadcast to all rooms: participants in three different rooms see one countdown.
    const inThreeRooms = rooms
      .slice(0, 3)
      .map((room) => people.find((p) => assignments.get(p.participantId) === room.roomId)!)
    const theirControls = inThreeRooms.map((person) => client(workshop.controlDoc, person.token))
    await facilitatorCall(workshop, '/rounds', {
      prompt: 'Weaving',
      durationSec: 300,
      mode: 'open',
    })
    await Promise.all(
      theirControls.map((c) =>
        docReaches(c.doc, 'the round', (doc) => readRound(doc)?.prompt === 'Weaving'),
      ),
    )
    const rounds = theirControls.map((c) => readRound(c.doc)!)
    expect(new Set(rounds.map((r) => `${r.id}/${r.endsAt}`)).size).toBe(1)
    expect(rounds[0]!.roomIds).toBeNull()
  }, 120_000)

  it('moves a participant live without losing their notes, and brings everyone back', async () => {
    running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const ana = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
    const rooms = (await facilitatorCall(workshop, '/rooms', { count: 2 })).body as RoomInfo[]
    const [one, two] = rooms as [RoomInfo, RoomInfo]
    await facilitatorCall(workshop, '/breakouts/move', {
      participantId: ana.participantId,
      roomId: one.roomId,
    })
    await facilitatorCall(workshop, '/breakouts/open', {})

    const inOne = client(one.docName, ana.token)
    await synced(inOne)
    createNote(inOne.doc, { laneId: 'health', x: 0, y: 80, text: 'written in room 1' }, ana.author)
    const witness = client(one.docName, workshop.facilitatorToken)
    await docReaches(witness.doc, 'stored', (doc) => readNotes(doc).length === 1)

    await facilitatorCall(workshop, '/breakouts/move', {
      participantId: ana.participantId,
      roomId: two.roomId,
    })
    expect(await closedWith(inOne)).toBe(CloseCode.moved)
    const inTwo = client(two.docName, ana.token)
    await synced(inTwo)
    createNote(inTwo.doc, { laneId: 'health', x: 0, y: 80, text: 'written in room 2' }, ana.author)

    await facilitatorCall(workshop, '/breakouts/close', {})
    expect(await closedWith(inTwo)).toBe(CloseCode.moved)
    const back = client(workshop.roomDoc, ana.token)
    await synced(back)
    const check = client(one.docName, workshop.facilitatorToken)
    await synced(check)
    expect(readNotes(check.doc).map((n) => n.text)).toEqual(['written in room 1'])
    const check2 = client(two.docName, workshop.facilitatorToken)
    await docReaches(check2.doc, 'room 2 note', (doc) =>
      readNotes(doc).some((n) => n.text === 'written in room 2'),
    )
  })

  it('lets someone moved while offline send back what they wrote in the room they left', async () => {
    running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const ana = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
    const rooms = (await facilitatorCall(workshop, '/rooms', { count: 2 })).body as RoomInfo[]
    const [one, two] = rooms as [RoomInfo, RoomInfo]
    await facilitatorCall(workshop, '/breakouts/move', {
      participantId: ana.participantId,
      roomId: one.roomId,
    })
    await facilitatorCall(workshop, '/breakouts/open', {})
    const inOne = client(one.docName, ana.token)
    await synced(inOne)
    inOne.provider.disconnect()
    createNote(
      inOne.doc,
      { laneId: 'health', x: 0, y: 80, text: 'written offline in room 1' },
      ana.author,
    )
    await facilitatorCall(workshop, '/breakouts/move', {
      participantId: ana.participantId,
      roomId: two.roomId,
    })
    inOne.provider.connect()
    // The old room takes the offline edit, then sends Ana on her way.
    expect(await closedWith(inOne)).toBe(CloseCode.moved)
    const witness = client(one.docName, workshop.facilitatorToken)
    await docReaches(witness.doc, 'the offline note', (doc) =>
      readNotes(doc).some((n) => n.text === 'written offline in room 1'),
    )
    // Someone who was never in a room cannot use that door.
    const ben = await join(running.httpUrl, workshop, { name: 'Ben', sector: 'education' })
    await facilitatorCall(workshop, '/breakouts/move', {
      participantId: ben.participantId,
      roomId: two.roomId,
    })
    expect(await closedWith(client(one.docName, ben.token))).toBe(CloseCode.moved)
  })

  it('[FAC-B5] places late joiners by the same rule and harvests notes into the main room with their origin', async () => {
    running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const early: Joined[] = []
    for (const sector of ['health', 'health', 'education', 'education']) {
      early.push(await join(running.httpUrl, workshop, { name: sector, sector }))
    }
    const rooms = (await facilitatorCall(workshop, '/rooms', { count: 2 })).body as RoomInfo[]
    await facilitatorCall(workshop, '/breakouts/assign', { mode: 'balanced' })
    const late = await join(running.httpUrl, workshop, { name: 'Late', sector: 'government' })
    const control = client(workshop.controlDoc, workshop.facilitatorToken)
    await docReaches(control.doc, 'late joiner placed', (doc) =>
      readAssignments(doc).has(late.participantId),
    )
    expect(rooms.map((r) => r.roomId)).toContain(
      readAssignments(control.doc).get(late.participantId),
    )

    await facilitatorCall(workshop, '/breakouts/open', {})
    const author = (person: Joined): Author => person.author
    const seated = (person: Joined) =>
      rooms.find((r) => r.roomId === readAssignments(control.doc).get(person.participantId))!
    const writerA = early[0]!
    const boardA = client(seated(writerA).docName, writerA.token)
    await synced(boardA)
    const a1 = createNote(
      boardA.doc,
      { laneId: 'health', x: 0, y: 80, text: 'shared intake' },
      author(writerA),
    )
    const a2 = createNote(
      boardA.doc,
      { laneId: 'health', x: 0, y: 300, text: 'home visits' },
      author(writerA),
    )
    createThread(boardA.doc, { from: a1, to: a2, label: 'same families' }, author(writerA))
    const witness = client(seated(writerA).docName, workshop.facilitatorToken)
    await docReaches(witness.doc, 'thread stored', (doc) => readThreads(doc).length === 1)

    const result = await facilitatorCall(workshop, '/harvest', { mode: 'all' })
    expect(result.body as HarvestResponse).toEqual({ notes: 2, threads: 1 })
    const main = client(workshop.roomDoc, workshop.facilitatorToken)
    await docReaches(main.doc, 'harvested', (doc) => readThreads(doc).length === 1)
    const copies = readNotes(main.doc)
    expect(copies.map((n) => n.text).sort()).toEqual(['home visits', 'shared intake'])
    for (const copy of copies) {
      expect(copy.originRoomId).toBe(seated(writerA).roomId)
      expect([a1, a2]).toContain(copy.originNoteId)
      expect(copy.id).not.toBe(copy.originNoteId)
      expect(copy.authorName).toBe('health')
    }
    // Originals stay in their room.
    expect(readNotes(witness.doc)).toHaveLength(2)
    // Harvesting a selection copies just those notes (and no thread without both ends).
    const selected = await facilitatorCall(workshop, '/harvest', {
      mode: 'selected',
      notes: [{ roomId: seated(writerA).roomId, noteId: a2 }],
    })
    expect(selected.body as HarvestResponse).toEqual({ notes: 1, threads: 0 })
    await docReaches(main.doc, 'selected copy', (doc) => readNotes(doc).length === 3)
    expect(readNotes(main.doc).filter((n) => n.originNoteId === a2)).toHaveLength(2)
    // "Top" needs a closed vote.
    expect((await facilitatorCall(workshop, '/harvest', { mode: 'top', perRoom: 1 })).status).toBe(
      409,
    )
    const participantTry = await call(
      `${running.httpUrl}/api/workshops/${workshop.workshopId}/harvest`,
      'POST',
      late.token,
      { mode: 'all' },
    )
    expect(participantTry.status).toBe(403)
  })

  it('[FAC-B3] seats a parent who joins after breakouts opened with other parents, not alone', async () => {
    running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    for (const sector of ['families', 'families', 'families', 'families', 'health', 'health'])
      await join(running.httpUrl, workshop, { name: sector, sector })
    await facilitatorCall(workshop, '/rooms', { count: 3 })
    await facilitatorCall(workshop, '/breakouts/assign', { mode: 'balanced' })
    await facilitatorCall(workshop, '/breakouts/open', {})
    const list = async () =>
      (await facilitatorCall(workshop, '/participants', undefined, 'GET')).body as ParticipantInfo[]
    const parentsIn = (people: ParticipantInfo[], roomId: string | null) =>
      people.filter((p) => p.roomId === roomId && p.sector === 'families').length
    // Three rooms of two: two with a pair of parents, one without any (the old rule's pick).
    const early = await list()
    const roomIds = [...new Set(early.map((p) => p.roomId))]
    expect(roomIds.map((id) => parentsIn(early, id)).sort()).toEqual([0, 2, 2])

    const late = await join(running.httpUrl, workshop, { name: 'Late parent', sector: 'families' })
    const theirControl = client(workshop.controlDoc, late.token)
    await docReaches(theirControl.doc, 'breakouts open and a seat', (doc) => {
      return readBreakout(doc).status === 'open' && readAssignments(doc).has(late.participantId)
    })
    const roomId = roomForParticipant(theirControl.doc, late.participantId)
    const now = await list()
    expect(now.find((p) => p.participantId === late.participantId)?.roomId).toBe(roomId)
    expect(parentsIn(now, roomId)).toBe(3)
    // The room the control document names is the one that lets them in.
    await synced(client(roomDocName(workshop.workshopId, roomId!), late.token))
  })

  it('[FAC-B3] does not count removed participants as seated when placing a late joiner', async () => {
    running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const rooms = (await facilitatorCall(workshop, '/rooms', { count: 2 })).body as RoomInfo[]
    const [one, two] = rooms as [RoomInfo, RoomInfo]
    const seat = async (sector: string, room: RoomInfo) => {
      const person = await join(running.httpUrl, workshop, { name: sector, sector })
      await facilitatorCall(workshop, '/breakouts/move', {
        participantId: person.participantId,
        roomId: room.roomId,
      })
      return person
    }
    await seat('health', one)
    await seat('health', one)
    await seat('education', two)
    const gone = await seat('education', two)
    const removed = await facilitatorCall(
      workshop,
      `/participants/${gone.participantId}/remove`,
      {},
    )
    expect(removed.status).toBe(200)
    await facilitatorCall(workshop, '/breakouts/open', {})
    // Room two now seats one: the newcomer goes there, though room one lacks their sector.
    const late = await join(running.httpUrl, workshop, { name: 'Late', sector: 'education' })
    const list = (await facilitatorCall(workshop, '/participants', undefined, 'GET'))
      .body as ParticipantInfo[]
    expect(list.find((p) => p.participantId === late.participantId)?.roomId).toBe(two.roomId)
  })
})
