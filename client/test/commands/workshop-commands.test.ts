import { describe, expect, it } from 'vitest'
import { readLanes, readPhase } from '@weave/shared'
import {
  addLaneNamed,
  changePhase,
  lockLane,
  recolourLaneTo,
  removeLaneById,
  renameLaneTo,
  shiftLane,
} from '../../src/commands/workshop-commands'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'

const openBoard = fakeBoardPerTest()

const lanes = (b: FakeBoard) => readLanes(b.session.controlDoc)

describe('the workshop’s phase and lanes (facilitators)', () => {
  it('switches the phase', async () => {
    const board = await openBoard({ role: 'facilitator' })
    changePhase(board.session, 'closed')
    expect(readPhase(board.session.controlDoc)).toBe('closed')
    expect(board.session.boardState.get().phase).toBe('closed')
  })

  it('adds, renames, recolours, moves, locks and removes lanes', async () => {
    const board = await openBoard({ role: 'facilitator' })
    const count = lanes(board).length
    addLaneNamed(board.session, '  ', '#123456')
    expect(lanes(board)).toHaveLength(count)
    addLaneNamed(board.session, 'Housing', '#123456')
    const housing = lanes(board).at(-1)!
    expect(housing).toMatchObject({ name: 'Housing', color: '#123456' })
    renameLaneTo(board.session, housing.id, 'Homes')
    recolourLaneTo(board.session, housing.id, '#abcdef')
    shiftLane(board.session, housing.id, -1)
    lockLane(board.session, housing.id, true)
    const moved = lanes(board)
    expect(moved[count - 1]).toMatchObject({
      id: housing.id,
      name: 'Homes',
      color: '#abcdef',
      locked: true,
    })
    expect(board.session.boardState.get().lockedLaneIds.has(housing.id)).toBe(true)
    removeLaneById(board.session, housing.id)
    expect(lanes(board).map((lane) => lane.id)).not.toContain(housing.id)
  })

  it('changes nothing for a participant', async () => {
    const board = await openBoard()
    const before = lanes(board)
    const first = before[0]!.id
    changePhase(board.session, 'closed')
    addLaneNamed(board.session, 'Housing', '#123456')
    renameLaneTo(board.session, first, 'Mine')
    shiftLane(board.session, first, 1)
    lockLane(board.session, first, true)
    removeLaneById(board.session, first)
    expect(readPhase(board.session.controlDoc)).toBe('live')
    expect(lanes(board)).toEqual(before)
  })
})
