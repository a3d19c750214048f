import { describe, expect, it } from 'vitest'
import { readNote, readThread } from '@weave/shared'
import { canRemoveSelection, removeSelection } from '../../src/commands/selection-delete'
import { select } from '../../src/commands/selection-commands'
import { fakeBoardPerTest } from '../fakes/fake-board-session'
import { MAYA, noteElsewhere, threadElsewhere } from '../fakes/elsewhere'

const openBoard = fakeBoardPerTest()

describe('the toolbar’s Delete', () => {
  it('is offered for one’s own note or thread, and deletes it', async () => {
    const board = await openBoard()
    const mine = noteElsewhere(board, {}, MAYA)
    const other = noteElsewhere(board)
    const thread = threadElsewhere(board, other, mine)
    expect(canRemoveSelection(board.session)).toBe(false)
    select(board.session, { kind: 'thread', id: thread })
    expect(canRemoveSelection(board.session)).toBe(true)
    removeSelection(board.session)
    expect(readThread(board.session.roomDoc, thread)).toBeUndefined()
    select(board.session, { kind: 'note', id: mine })
    expect(canRemoveSelection(board.session)).toBe(true)
    removeSelection(board.session)
    expect(readNote(board.session.roomDoc, mine)).toBeUndefined()
    expect(board.session.view.selection.get()).toBeNull()
  })

  it('is not offered for someone else’s note, nor to observers', async () => {
    let board = await openBoard()
    const theirs = noteElsewhere(board)
    select(board.session, { kind: 'note', id: theirs })
    expect(canRemoveSelection(board.session)).toBe(false)
    removeSelection(board.session)
    expect(readNote(board.session.roomDoc, theirs)).toBeDefined()
    board.destroy()
    board = await openBoard({ role: 'observer' })
    select(board.session, { kind: 'note', id: noteElsewhere(board) })
    expect(canRemoveSelection(board.session)).toBe(false)
  })
})
