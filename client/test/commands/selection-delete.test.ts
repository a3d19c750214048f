import { afterEach, describe, expect, it, vi } from 'vitest'
import { createThread, readNote, readThread } from '@weave/shared'
import { canRemoveSelection, removeSelection } from '../../src/commands/selection-delete'
import { select } from '../../src/commands/selection-commands'
import {
  createFakeBoard,
  MAYA,
  noteElsewhere,
  SAM,
  type FakeBoard,
} from '../fakes/fake-board-session'

let board: FakeBoard
afterEach(() => {
  board.destroy()
  vi.unstubAllGlobals()
})

describe('the toolbar’s Delete', () => {
  it('is offered for one’s own note or thread, and deletes it', async () => {
    board = await createFakeBoard()
    const mine = noteElsewhere(board, {}, MAYA)
    const other = noteElsewhere(board)
    let thread = ''
    board.elsewhere((doc) => {
      thread = createThread(doc, { from: other, to: mine }, SAM)!
    })
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
    board = await createFakeBoard()
    const theirs = noteElsewhere(board)
    select(board.session, { kind: 'note', id: theirs })
    expect(canRemoveSelection(board.session)).toBe(false)
    removeSelection(board.session)
    expect(readNote(board.session.roomDoc, theirs)).toBeDefined()
    board.destroy()
    board = await createFakeBoard({ role: 'observer' })
    select(board.session, { kind: 'note', id: noteElsewhere(board) })
    expect(canRemoveSelection(board.session)).toBe(false)
  })
})
