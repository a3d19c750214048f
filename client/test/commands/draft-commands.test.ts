import { describe, expect, it } from 'vitest'
import { laneLeft, readThreads } from '@weave/shared'
import { cancelThread, drawThreadTo, finishThread, noteAt } from '../../src/commands/draft-commands'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'
import { MAYA, noteElsewhere } from '../fakes/elsewhere'

const openBoard = fakeBoardPerTest()

const draft = (b: FakeBoard) => b.session.view.threadDraft.get()
/** A point inside a note placed at (12, 80) of the second lane. */
const overSecondLane = { x: laneLeft(1) + 50, y: 100 }

describe('drawing a thread from a note’s handle', () => {
  it('follows the pointer, over a note or not, and weaves the thread when let go over one', async () => {
    const board = await openBoard()
    const from = noteElsewhere(board, {}, MAYA)
    const to = noteElsewhere(board, { laneId: 'education', x: 12, y: 80 })
    drawThreadTo(board.session, from, { x: 900, y: 900 })
    expect(draft(board)).toMatchObject({ fromId: from, targetId: null, picking: false })
    drawThreadTo(board.session, from, overSecondLane)
    expect(draft(board)).toMatchObject({ fromId: from, to: overSecondLane, targetId: to })
    const id = await finishThread(board.session)
    expect(readThreads(board.session.roomDoc)).toMatchObject([{ id, from, to }])
    expect(draft(board)).toBeNull()
  })

  it('let go over nothing, or cancelled, weaves nothing', async () => {
    const board = await openBoard()
    const from = noteElsewhere(board, {}, MAYA)
    noteElsewhere(board, { laneId: 'education', x: 12, y: 80 })
    drawThreadTo(board.session, from, { x: 900, y: 900 })
    expect(await finishThread(board.session)).toBeNull()
    drawThreadTo(board.session, from, overSecondLane)
    cancelThread(board.session)
    expect(draft(board)).toBeNull()
    expect(readThreads(board.session.roomDoc)).toEqual([])
  })

  it('is not drawn by observers', async () => {
    const board = await openBoard({ role: 'observer' })
    drawThreadTo(board.session, noteElsewhere(board), { x: 0, y: 0 })
    expect(draft(board)).toBeNull()
  })
})

describe('the note under a point', () => {
  it('is the topmost one, other than the one excepted', async () => {
    const board = await openBoard()
    const below = noteElsewhere(board, { laneId: 'education', x: 12, y: 80 })
    expect(noteAt(board.session, overSecondLane)).toBe(below)
    const above = noteElsewhere(board, { laneId: 'education', x: 20, y: 90 })
    expect(noteAt(board.session, overSecondLane)).toBe(above)
    expect(noteAt(board.session, overSecondLane, above)).toBe(below)
    expect(noteAt(board.session, { x: 5000, y: 5000 })).toBeNull()
  })
})
