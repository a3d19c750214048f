import { describe, expect, it } from 'vitest'
import { deleteNote, readNote } from '@weave/shared'
import { select, startEditing, stopEditing } from '../../src/commands/selection-commands'
import { editText } from '../../src/commands/note-commands'
import { undo } from '../../src/commands/history-commands'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'
import { MAYA, myAnonymousNote, noteElsewhere } from '../fakes/elsewhere'

const openBoard = fakeBoardPerTest()

const presence = (b: FakeBoard) => b.session.awareness.getLocalState()
const anonymousNotes = '/api/workshops/w1/rooms/room-main/anonymous/notes'

describe('selecting', () => {
  it('tells the others what is selected, but never one’s anonymous note', async () => {
    const board = await openBoard()
    const named = noteElsewhere(board, {}, MAYA)
    const quiet = myAnonymousNote(board)
    select(board.session, { kind: 'note', id: named })
    expect(board.session.view.selection.get()).toEqual({ kind: 'note', id: named })
    expect(presence(board)?.selected).toBe(named)
    select(board.session, { kind: 'note', id: quiet })
    expect(board.session.view.selection.get()).toEqual({ kind: 'note', id: quiet })
    expect(presence(board)?.selected).toBeNull()
    select(board.session, null)
    expect(board.session.view.selection.get()).toBeNull()
  })

  it('lets go of what someone else deleted', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board)
    select(board.session, { kind: 'note', id })
    board.elsewhere((doc) => deleteNote(doc, id))
    expect(board.session.view.selection.get()).toBeNull()
  })
})

describe('the note editor', () => {
  it('opens on one’s own note (selecting it, telling the others) and closes as one undo step', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board, { text: '' }, MAYA)
    startEditing(board.session, id)
    expect(board.session.view.editingNoteId.get()).toBe(id)
    expect(board.session.view.selection.get()).toEqual({ kind: 'note', id })
    expect(presence(board)).toMatchObject({ editing: id, selected: id })
    editText(board.session, id, 'Typed')
    stopEditing(board.session)
    expect(board.session.view.editingNoteId.get()).toBeNull()
    expect(presence(board)?.editing).toBeNull()
    editText(board.session, id, 'Typed again')
    undo(board.session)
    expect(readNote(board.session.roomDoc, id)?.text).toBe('Typed')
  })

  it('does not open on someone else’s note, nor for an observer', async () => {
    let board = await openBoard()
    const theirs = noteElsewhere(board)
    startEditing(board.session, theirs)
    expect(board.session.view.editingNoteId.get()).toBeNull()
    board.destroy()
    board = await openBoard({ role: 'observer' })
    startEditing(board.session, noteElsewhere(board))
    expect(board.session.view.editingNoteId.get()).toBeNull()
  })

  it('on one’s anonymous note, closes once the server has the text, and stays open when it could not', async () => {
    const board = await openBoard()
    const id = myAnonymousNote(board, { text: 'Quiet' })
    startEditing(board.session, id)
    expect(presence(board)?.editing).toBeNull()
    board.api.unreachable(true)
    editText(board.session, id, 'Quieter')
    stopEditing(board.session)
    await board.api.settled()
    expect(board.session.view.editingNoteId.get()).toBe(id)
    board.api.unreachable(false)
    board.api.answer(`POST ${anonymousNotes}/${id}`, { id })
    stopEditing(board.session)
    await board.api.settled()
    expect(board.session.view.editingNoteId.get()).toBeNull()
  })
})
