import { describe, expect, it } from 'vitest'
import {
  assignParticipants,
  broadcastMessage,
  clearPicks,
  closeRoom,
  createRooms,
  harvestNotes,
  harvestPicked,
  listParticipants,
  moveParticipant,
  renameRoom,
  setBreakoutsOpen,
  setFreeMovement,
  togglePick,
} from '../../src/commands/breakout-commands'
import { strings } from '../../src/i18n/strings'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'

const openBoard = fakeBoardPerTest()

const base = '/api/workshops/w1'

function answerAll(b: FakeBoard): void {
  for (const rest of [
    'rooms',
    'rooms/room-b/rename',
    'rooms/room-b/close',
    'breakouts/move',
    'breakouts/open',
    'breakouts/close',
    'breakouts/free-movement',
    'breakouts/message',
  ]) {
    b.api.answer(`POST ${base}/${rest}`, {})
  }
}

describe('breakout rooms (facilitators)', () => {
  it('each action sends its request', async () => {
    const board = await openBoard({ role: 'facilitator' })
    answerAll(board)
    await createRooms(board.session, 3)
    await renameRoom(board.session, 'room-b', 'Transport')
    await closeRoom(board.session, 'room-b')
    await moveParticipant(board.session, 'p-sam', 'room-b')
    await setBreakoutsOpen(board.session, true)
    await setBreakoutsOpen(board.session, false)
    await setFreeMovement(board.session, true)
    await broadcastMessage(board.session, 'Five minutes left')
    expect(board.api.requests.map((r) => [r.path.slice(base.length + 1), r.body])).toEqual([
      ['rooms', { count: 3 }],
      ['rooms/room-b/rename', { name: 'Transport' }],
      ['rooms/room-b/close', {}],
      ['breakouts/move', { participantId: 'p-sam', roomId: 'room-b' }],
      ['breakouts/open', {}],
      ['breakouts/close', {}],
      ['breakouts/free-movement', { allowed: true }],
      ['breakouts/message', { text: 'Five minutes left' }],
    ])
    expect(board.session.view.notice.get()).toBeNull()
  })

  it('shows the server’s reason when a room action is refused', async () => {
    const board = await openBoard({ role: 'facilitator' })
    board.api.refuse(
      `POST ${base}/rooms/room-main/close`,
      409,
      'main_room',
      'The main room stays open.',
    )
    expect(await closeRoom(board.session, 'room-main')).toBeNull()
    expect(board.session.view.notice.get()).toBe('The main room stays open.')
    board.api.refuse(`POST ${base}/breakouts/open`, 409, 'no_rooms', 'Create breakout rooms first.')
    await setBreakoutsOpen(board.session, true)
    expect(board.session.view.notice.get()).toBe('Create breakout rooms first.')
  })

  it('says how many people were assigned', async () => {
    const board = await openBoard({ role: 'facilitator' })
    const assignments = { 'p-sam': 'room-b', 'p-ana': 'room-c' }
    board.api.answer(`POST ${base}/breakouts/assign`, { assignments })
    await assignParticipants(board.session, 'balanced')
    expect(board.api.requests[0]?.body).toEqual({ mode: 'balanced' })
    expect(board.session.view.notice.get()).toBe(strings.breakouts.assigned(2))
  })

  it('lists the participants, or says why not', async () => {
    const board = await openBoard({ role: 'facilitator' })
    const people = [{ participantId: 'p-sam', name: 'Sam', sector: 'education', roomId: null }]
    board.api.answer(`GET ${base}/participants`, people)
    expect(await listParticipants(board.session)).toEqual(people)
    board.api.refuse(
      `GET ${base}/participants`,
      404,
      'unknown_workshop',
      'There is no workshop at this link.',
    )
    expect(await listParticipants(board.session)).toBeNull()
    expect(board.session.view.notice.get()).toBe('There is no workshop at this link.')
  })
})

describe('harvest', () => {
  it('copies notes into the main room and says how many came', async () => {
    const board = await openBoard({ role: 'facilitator' })
    board.api.answer(`POST ${base}/harvest`, { notes: 4, threads: 1 })
    await harvestNotes(board.session, { mode: 'top', perRoom: 2 })
    expect(board.api.requests[0]?.body).toEqual({ mode: 'top', perRoom: 2 })
    expect(board.session.view.notice.get()).toBe(strings.breakouts.harvested(4, 1))
  })

  it('picks and unpicks notes of this room, and harvests the picks (cleared when it worked)', async () => {
    const board = await openBoard({ role: 'facilitator', roomId: 'room-b' })
    const picks = board.session.workshop.harvestPicks
    togglePick(board.session, 'n1')
    togglePick(board.session, 'n2')
    togglePick(board.session, 'n1')
    expect(picks.get()).toEqual([{ roomId: 'room-b', noteId: 'n2' }])
    board.api.refuse(`POST ${base}/harvest`, 409, 'no_main_room', 'This workshop has no main room.')
    await harvestPicked(board.session)
    expect(picks.get()).toHaveLength(1)
    expect(board.session.view.notice.get()).toBe('This workshop has no main room.')
    board.api.answer(`POST ${base}/harvest`, { notes: 1, threads: 0 })
    await harvestPicked(board.session)
    expect(board.api.sentTo(`POST ${base}/harvest`)[1]?.body).toEqual({
      mode: 'selected',
      notes: [{ roomId: 'room-b', noteId: 'n2' }],
    })
    expect(picks.get()).toEqual([])
  })

  it('sends nothing without picks, and clearing forgets them all', async () => {
    const board = await openBoard({ role: 'facilitator' })
    await harvestPicked(board.session)
    expect(board.api.requests).toEqual([])
    togglePick(board.session, 'n1')
    clearPicks(board.session)
    expect(board.session.workshop.harvestPicks.get()).toEqual([])
  })
})
