import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  hideCursor,
  setCursor,
  shareEditing,
  shareSelected,
} from '../../src/commands/presence-commands'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'

const openBoard = fakeBoardPerTest()
afterEach(() => vi.useRealTimers())

const mine = (b: FakeBoard) => b.session.awareness.getLocalState()

describe('what the others see of this person', () => {
  it('the cursor, rounded and at most every 50 ms; none once it left the board', async () => {
    const board = await openBoard()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    setCursor(board.session, { x: 10.4, y: 20.6 })
    expect(mine(board)?.cursor).toEqual({ x: 10, y: 21 })
    setCursor(board.session, { x: 30, y: 40 })
    expect(mine(board)?.cursor).toEqual({ x: 10, y: 21 })
    vi.advanceTimersByTime(50)
    expect(mine(board)?.cursor).toEqual({ x: 30, y: 40 })
    setCursor(board.session, null)
    expect(mine(board)?.cursor).toBeNull()
  })

  it('no cursor while hidden, then the cursor where the pointer is now', async () => {
    const board = await openBoard()
    setCursor(board.session, { x: 1, y: 1 })
    hideCursor(board.session, true)
    expect(mine(board)?.cursor).toBeNull()
    setCursor(board.session, { x: 5, y: 6 })
    expect(mine(board)?.cursor).toBeNull()
    hideCursor(board.session, false)
    expect(mine(board)?.cursor).toEqual({ x: 5, y: 6 })
  })

  it('which note this person edits and what they selected', async () => {
    const board = await openBoard()
    shareEditing(board.session, 'n1')
    shareSelected(board.session, 't1')
    expect(mine(board)).toMatchObject({ editing: 'n1', selected: 't1' })
    shareEditing(board.session, null)
    expect(mine(board)?.editing).toBeNull()
  })
})
