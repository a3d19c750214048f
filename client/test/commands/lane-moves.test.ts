import { describe, expect, it } from 'vitest'
import { readNote, readNotes, setLaneLocked } from '@weave/shared'
import {
  addNoteInLane,
  currentLaneIndex,
  grabNote,
  letGoOfNote,
  moveFocusedToNextLane,
  moveNoteToLane,
  nudgeFocused,
  postNote,
  startMoving,
  stopMoving,
} from '../../src/commands/lane-moves'
import { undo } from '../../src/commands/history-commands'
import { select } from '../../src/commands/selection-commands'
import { strings } from '../../src/i18n/strings'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'
import { MAYA, noteElsewhere } from '../fakes/elsewhere'

const t = strings.access
const openBoard = fakeBoardPerTest()

const note = (b: FakeBoard, id: string) => readNote(b.session.roomDoc, id)
const mode = (b: FakeBoard) => b.session.view.interaction.get()
const focus = (b: FakeBoard, id: string) => select(b.session, { kind: 'note', id })

describe('the lane keyboard and list actions work in', () => {
  it('is the focused note’s, else this person’s own sector’s, else the first', async () => {
    let board = await openBoard({ sector: 'government' })
    expect(currentLaneIndex(board.session)).toBe(4)
    focus(board, noteElsewhere(board, { laneId: 'education' }))
    expect(currentLaneIndex(board.session)).toBe(1)
    board.destroy()
    board = await openBoard({ sector: null })
    expect(currentLaneIndex(board.session)).toBe(0)
  })
})

describe('adding notes to a lane', () => {
  it('N writes a note at a free spot of the lane and opens it for typing', async () => {
    const board = await openBoard()
    const id = await addNoteInLane(board.session, 1)
    expect(note(board, id!)).toMatchObject({ laneId: 'education', authorId: 'p-maya' })
    expect(board.session.view.editingNoteId.get()).toBe(id)
    const second = await addNoteInLane(board.session, 1)
    expect(note(board, second!)!.y).not.toBe(note(board, id!)!.y)
  })

  it('the list posts below the lane’s lowest note', async () => {
    const board = await openBoard()
    const low = noteElsewhere(board, { laneId: 'health', y: 900 })
    const id = await postNote(board.session, 'health', 'At the end')
    expect(note(board, id!)!.y).toBeGreaterThan(note(board, low)!.y + note(board, low)!.height)
  })
})

describe('moving a note to another lane', () => {
  it('puts it at the end of that lane, says so, and undo takes it back', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board, { laneId: 'health' }, MAYA)
    expect(moveNoteToLane(board.session, id, 'child-care')).toBe(true)
    expect(note(board, id)?.laneId).toBe('child-care')
    expect(board.said).toEqual([t.movedToLane('Child care')])
    undo(board.session)
    expect(note(board, id)?.laneId).toBe('health')
  })

  it('refuses someone else’s note, or a locked lane, saying why; the same lane is no move', async () => {
    const board = await openBoard()
    const theirs = noteElsewhere(board)
    expect(moveNoteToLane(board.session, theirs, 'education')).toBe(false)
    expect(board.session.view.notice.get()).toBe(
      strings.notice.refused('participants change only their own notes'),
    )
    const mine = noteElsewhere(board, {}, MAYA)
    board.elsewhereInControl((doc) => setLaneLocked(doc, 'education', true))
    expect(moveNoteToLane(board.session, mine, 'education')).toBe(false)
    expect(board.session.view.notice.get()).toBe(strings.notice.refused('this lane is locked'))
    expect(moveNoteToLane(board.session, mine, 'health')).toBe(false)
    expect(board.said).toEqual([])
  })

  it('] and [ move the focused note to the next lane at the same height, keeping focus', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board, { laneId: 'education', y: 300 }, MAYA)
    focus(board, id)
    moveFocusedToNextLane(board.session, 1)
    expect(note(board, id)).toMatchObject({ laneId: 'child-care', y: 300 })
    moveFocusedToNextLane(board.session, -1)
    moveFocusedToNextLane(board.session, -1)
    expect(note(board, id)?.laneId).toBe('health')
    moveFocusedToNextLane(board.session, -1)
    expect(note(board, id)?.laneId).toBe('health')
    expect(board.session.view.selection.get()).toEqual({ kind: 'note', id })
  })
})

describe('moving a note with the keys', () => {
  it('picks the focused note up, nudges it, puts it down: one undo step', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board, { laneId: 'health', x: 20, y: 100 }, MAYA)
    focus(board, id)
    startMoving(board.session)
    expect(mode(board)).toMatchObject({ mode: 'moving', by: 'keyboard', noteIds: [id] })
    nudgeFocused(board.session, 10, 0)
    nudgeFocused(board.session, 0, 20)
    expect(note(board, id)).toMatchObject({ x: 30, y: 120 })
    stopMoving(board.session)
    expect(mode(board).mode).toBe('idle')
    expect(board.said).toEqual([t.moving, t.moved])
    undo(board.session)
    expect(note(board, id)).toMatchObject({ x: 20, y: 100 })
  })

  it('does not pick up someone else’s note, and says why', async () => {
    const board = await openBoard()
    focus(board, noteElsewhere(board))
    startMoving(board.session)
    expect(mode(board).mode).toBe('idle')
    expect(board.session.view.notice.get()).toBe(
      strings.notice.refused('participants change only their own notes'),
    )
    stopMoving(board.session)
    expect(board.said).toEqual([])
  })

  it('a dragged note is picked up by the pointer until let go', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board, {}, MAYA)
    grabNote(board.session, id)
    expect(mode(board)).toMatchObject({ mode: 'moving', by: 'pointer', noteIds: [id] })
    // The keys do not put down what the pointer holds.
    stopMoving(board.session)
    expect(mode(board).mode).toBe('moving')
    letGoOfNote(board.session)
    expect(mode(board).mode).toBe('idle')
    expect(readNotes(board.session.roomDoc)).toHaveLength(1)
  })
})
