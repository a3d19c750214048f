import { describe, expect, it } from 'vitest'
import { laneLeft, readAttention } from '@weave/shared'
import {
  centreOnNote,
  followAgain,
  followMe,
  fromSharedView,
  hideCursors,
  lockBoard,
  spotlight,
  stopFollowing,
  summonEveryone,
  toSharedView,
} from '../../src/commands/attention-commands'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'
import { noteElsewhere } from '../fakes/elsewhere'

const openBoard = fakeBoardPerTest()

const attention = (b: FakeBoard) => readAttention(b.session.controlDoc)

describe('guiding attention (facilitators)', () => {
  it('spotlights a note, leads, hides cursors and locks the board for everyone', async () => {
    const board = await openBoard({ role: 'facilitator' })
    spotlight(board.session, 'n1')
    followMe(board.session, true)
    hideCursors(board.session, true)
    lockBoard(board.session, true)
    expect(attention(board)).toMatchObject({
      spotlight: 'n1',
      follow: { participantId: 'p-maya', name: 'Maya' },
      hideCursors: true,
      boardLocked: true,
    })
    expect(board.session.boardState.get().boardLocked).toBe(true)
    spotlight(board.session, null)
    followMe(board.session, false)
    expect(attention(board)).toMatchObject({ spotlight: null, follow: null })
  })

  it('summons everyone to this view, at the server’s time', async () => {
    const board = await openBoard({ role: 'facilitator', now: 42_000 })
    board.session.view.viewport.set({ x: -200, y: -100, scale: 2 })
    summonEveryone(board.session)
    expect(attention(board).summon).toEqual({ viewport: { x: 100, y: 50, scale: 2 }, at: 42_000 })
  })

  it('changes nothing for a participant', async () => {
    const board = await openBoard()
    const before = attention(board)
    spotlight(board.session, 'n1')
    followMe(board.session, true)
    summonEveryone(board.session)
    lockBoard(board.session, true)
    hideCursors(board.session, true)
    expect(attention(board)).toEqual(before)
  })
})

describe('following and views', () => {
  it('follows again, and stops', async () => {
    const board = await openBoard()
    followAgain(board.session)
    expect(board.session.view.following.get()).toBe(true)
    stopFollowing(board.session)
    expect(board.session.view.following.get()).toBe(false)
  })

  it('shares a view as its top-left canvas point and back', () => {
    const viewport = { x: -300, y: 40, scale: 0.5 }
    expect(toSharedView(viewport)).toEqual({ x: 600, y: -80, scale: 0.5 })
    expect(fromSharedView(toSharedView(viewport))).toEqual(viewport)
  })

  it('centres the view on a note, keeping the zoom', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board, { laneId: 'education', x: 0, y: 100, width: 200, height: 100 })
    board.session.view.screenSize.set({ width: 1000, height: 800 })
    board.session.view.viewport.set({ x: 0, y: 0, scale: 2 })
    centreOnNote(board.session, id)
    const centre = { x: laneLeft(1) + 100, y: 150 }
    expect(board.session.view.viewport.get()).toEqual({
      scale: 2,
      x: 500 - centre.x * 2,
      y: 400 - centre.y * 2,
    })
    centreOnNote(board.session, 'gone')
    expect(board.session.view.viewport.get().scale).toBe(2)
  })
})
