import { describe, expect, it } from 'vitest'
import {
  canVoteOn,
  closeVote,
  openVote,
  placeDot,
  removeDot,
} from '../../src/commands/vote-commands'
import { createNoteIn } from '../../src/commands/note-commands'
import { fakeBoardPerTest } from '../fakes/fake-board-session'
import { myDotsOf, noteElsewhere, openVoteElsewhere, startRoundElsewhere } from '../fakes/elsewhere'

const openBoard = fakeBoardPerTest()

const dots = '/api/workshops/w1/votes/current/dots'

describe('dots', () => {
  it('places one with the room and note, and keeps what the server counts as mine', async () => {
    const board = await openBoard()
    const note = noteElsewhere(board)
    board.api.answer(`POST ${dots}`, myDotsOf([note], 2))
    expect(await placeDot(board.session, note)).toEqual(myDotsOf([note], 2))
    expect(board.api.sentTo(`POST ${dots}`)[0]).toMatchObject({
      body: { roomId: 'room-main', noteId: note },
      token: 'token-p-maya',
    })
    expect(board.session.myDots.get()).toEqual(myDotsOf([note], 2))
  })

  it('takes one back', async () => {
    const board = await openBoard()
    board.session.myDots.set(myDotsOf(['n1'], 2))
    board.api.answer(`DELETE ${dots}/room-main/n1`, myDotsOf([], 3))
    await removeDot(board.session, 'n1')
    expect(board.session.myDots.get()?.dotsLeft).toBe(3)
  })

  it('shows the server’s sentence when it refuses, and keeps the dots as they were', async () => {
    const board = await openBoard()
    board.session.myDots.set(myDotsOf(['a', 'b', 'c'], 0))
    board.api.refuse(`POST ${dots}`, 409, 'no_dots_left', 'You have used all 3 of your dots.')
    expect(await placeDot(board.session, 'd')).toBeNull()
    expect(board.session.view.notice.get()).toBe('You have used all 3 of your dots.')
    expect(board.session.myDots.get()?.dotsLeft).toBe(0)
  })

  it('says something went wrong when the server cannot be reached', async () => {
    const board = await openBoard()
    board.api.unreachable(true)
    expect(await placeDot(board.session, 'd')).toBeNull()
    expect(board.session.view.notice.get()).toBe('The server could not be reached.')
  })
})

describe('who can vote on what', () => {
  it('shared notes of the vote’s round while it is open; not observers, not drafts', async () => {
    let board = await openBoard()
    const note = { id: 'n1', roundId: 'r1' }
    expect(canVoteOn(board.session, note)).toBe(false)
    openVoteElsewhere(board, { roundId: 'r1' })
    expect(canVoteOn(board.session, note)).toBe(true)
    expect(canVoteOn(board.session, { id: 'n2', roundId: 'r2' })).toBe(false)
    openVoteElsewhere(board, { status: 'closed' })
    expect(canVoteOn(board.session, note)).toBe(false)
    startRoundElsewhere(board, { mode: 'private' })
    openVoteElsewhere(board)
    const draft = await createNoteIn(board.session, { laneId: 'health', x: 20, y: 100 })
    expect(canVoteOn(board.session, { id: draft!, roundId: null })).toBe(false)
    board.destroy()
    board = await openBoard({ role: 'observer' })
    openVoteElsewhere(board)
    expect(canVoteOn(board.session, note)).toBe(false)
  })
})

describe('running a vote (facilitators)', () => {
  it('opens one over a round and closes it', async () => {
    const board = await openBoard({ role: 'facilitator' })
    board.api.answer('POST /api/workshops/w1/votes', {})
    board.api.answer('POST /api/workshops/w1/votes/current/close', {})
    await openVote(board.session, 5, 'r1')
    await closeVote(board.session)
    expect(board.api.requests.map((request) => [request.path, request.body])).toEqual([
      ['/api/workshops/w1/votes', { dotsPerPerson: 5, roundId: 'r1' }],
      ['/api/workshops/w1/votes/current/close', {}],
    ])
    expect(board.session.view.notice.get()).toBeNull()
  })

  it('shows why closing was refused', async () => {
    const board = await openBoard({ role: 'facilitator' })
    const route = 'POST /api/workshops/w1/votes/current/close'
    board.api.refuse(route, 409, 'vote_closed', 'There is no open vote right now.')
    expect(await closeVote(board.session)).toBeNull()
    expect(board.session.view.notice.get()).toBe('There is no open vote right now.')
  })

  it('falls back to a general sentence when the server says nothing useful', async () => {
    const board = await openBoard({ role: 'facilitator' })
    board.api.answer('POST /api/workshops/w1/votes', () => ({ status: 500 }))
    await openVote(board.session, 3, null)
    expect(board.session.view.notice.get()).toBe('The server answered 500.')
  })
})
