import { describe, expect, it } from 'vitest'
import { filterByRound, notesOnShow, setRoundFilter } from '../../src/commands/round-filter'
import { select } from '../../src/commands/selection-commands'
import { fakeBoardPerTest } from '../fakes/fake-board-session'
import { noteElsewhere, startRoundElsewhere } from '../fakes/elsewhere'

const openBoard = fakeBoardPerTest()

const ids = (notes: readonly { id: string }[]) => notes.map((note) => note.id).sort()

describe('which rounds’ notes the board shows', () => {
  it('all, the current round’s (all when none runs), or one round’s', async () => {
    const board = await openBoard()
    const early = noteElsewhere(board, { roundId: 'r1' })
    const late = noteElsewhere(board, { roundId: 'r2' })
    noteElsewhere(board)
    const notes = board.session.allNotes.get()
    expect(ids(filterByRound(notes, { kind: 'all' }, 'r2'))).toEqual(ids(notes))
    expect(ids(filterByRound(notes, { kind: 'current' }, null))).toEqual(ids(notes))
    expect(ids(filterByRound(notes, { kind: 'current' }, 'r2'))).toEqual([late])
    expect(ids(filterByRound(notes, { kind: 'round', roundId: 'r1' }, 'r2'))).toEqual([early])
    startRoundElsewhere(board, { id: 'r2' })
    setRoundFilter(board.session, { kind: 'current' })
    expect(ids(notesOnShow(board.session))).toEqual([late])
  })

  it('changing the filter lets go of the selection', async () => {
    const board = await openBoard()
    select(board.session, { kind: 'note', id: noteElsewhere(board) })
    setRoundFilter(board.session, { kind: 'round', roundId: 'r1' })
    expect(board.session.view.roundFilter.get()).toEqual({ kind: 'round', roundId: 'r1' })
    expect(board.session.view.selection.get()).toBeNull()
  })
})
