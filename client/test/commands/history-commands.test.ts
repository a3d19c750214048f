import { describe, expect, it } from 'vitest'
import { editNoteText, readNote, setAttention, setPhase } from '@weave/shared'
import { redo, startUndoStep, undo } from '../../src/commands/history-commands'
import { createNoteIn, editText } from '../../src/commands/note-commands'
import { startEditing } from '../../src/commands/selection-commands'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'
import { MAYA, noteElsewhere } from '../fakes/elsewhere'

const openBoard = fakeBoardPerTest()

const spot = { laneId: 'health', x: 20, y: 100 }
const text = (b: FakeBoard, id: string) => readNote(b.session.roomDoc, id)?.text

describe('undo and redo', () => {
  it('take back only this person’s changes, never anyone else’s', async () => {
    const board = await openBoard({ role: 'facilitator' })
    const id = noteElsewhere(board, { text: 'Bus' })
    editText(board.session, id, 'Bus lines')
    board.elsewhere((doc) => editNoteText(doc, id, 'Bus lines (Sam)'))
    undo(board.session)
    // Only Maya's " lines" went: Sam's addition stays.
    expect(text(board, id)).toBe('Bus (Sam)')
    redo(board.session)
    expect(text(board, id)).toBe('Bus lines (Sam)')
  })

  it('make separate steps of what startUndoStep separates', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board, { text: '' }, MAYA)
    editText(board.session, id, 'a')
    editText(board.session, id, 'ab')
    startUndoStep(board.session)
    editText(board.session, id, 'abc')
    undo(board.session)
    expect(text(board, id)).toBe('ab')
    undo(board.session)
    expect(text(board, id)).toBe('')
  })

  it('close the note editor first', async () => {
    const board = await openBoard()
    const id = await createNoteIn(board.session, spot)
    startEditing(board.session, id!)
    expect(board.session.view.editingNoteId.get()).toBe(id)
    undo(board.session)
    expect(board.session.view.editingNoteId.get()).toBeNull()
    expect(readNote(board.session.roomDoc, id!)).toBeUndefined()
  })

  it('do nothing while the board is locked (participants) or the workshop is closed', async () => {
    let board = await openBoard()
    const id = await createNoteIn(board.session, spot)
    board.elsewhereInControl((doc) => setAttention(doc, { boardLocked: true }))
    undo(board.session)
    expect(readNote(board.session.roomDoc, id!)).toBeDefined()
    board.destroy()
    board = await openBoard({ role: 'facilitator' })
    const kept = await createNoteIn(board.session, spot)
    board.elsewhereInControl((doc) => setAttention(doc, { boardLocked: true }))
    undo(board.session)
    expect(readNote(board.session.roomDoc, kept!)).toBeUndefined()
    redo(board.session)
    board.elsewhereInControl((doc) => setAttention(doc, { boardLocked: false }))
    board.elsewhereInControl((doc) => setPhase(doc, 'closed'))
    undo(board.session)
    expect(readNote(board.session.roomDoc, kept!)).toBeDefined()
  })
})
