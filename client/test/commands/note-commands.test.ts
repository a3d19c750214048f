import { describe, expect, it } from 'vitest'
import { readNote, readNotes, readThreads, setAttention, setLaneLocked } from '@weave/shared'
import {
  addNoteAt,
  addNoteInView,
  canChangeNote,
  createNoteIn,
  editText,
  moveNoteTo,
  removeNote,
  resizeNoteTo,
} from '../../src/commands/note-commands'
import { redo, undo } from '../../src/commands/history-commands'
import { select } from '../../src/commands/selection-commands'
import { strings } from '../../src/i18n/strings'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'
import {
  MAYA,
  myAnonymousNote,
  noteElsewhere,
  SAM,
  startRoundElsewhere,
  threadElsewhere,
} from '../fakes/elsewhere'

const openBoard = fakeBoardPerTest()

const refused = (reason: string) => strings.notice.refused(reason)
const noteIn = (b: FakeBoard, id: string) => readNote(b.session.roomDoc, id)
const spot = { laneId: 'health', x: 20, y: 100 }

describe('adding a note', () => {
  it('writes it in the room as this person, opens it for typing, and undo takes it back', async () => {
    const board = await openBoard()
    const id = await addNoteAt(board.session, { x: 150, y: 200 })
    expect(id).not.toBeNull()
    const note = noteIn(board, id!)
    expect(note).toMatchObject({ laneId: 'health', authorId: 'p-maya', authorName: 'Maya' })
    expect(board.session.view.editingNoteId.get()).toBe(id)
    undo(board.session)
    expect(noteIn(board, id!)).toBeUndefined()
    redo(board.session)
    expect(noteIn(board, id!)?.authorId).toBe('p-maya')
  })

  it('tags it with the round running in this room', async () => {
    const board = await openBoard()
    startRoundElsewhere(board, { id: 'r7' })
    const id = await createNoteIn(board.session, spot, 'Transport')
    expect(noteIn(board, id!)).toMatchObject({ roundId: 'r7', text: 'Transport' })
  })

  it('without a name when posting anonymously as a facilitator (no server needed)', async () => {
    const board = await openBoard({ role: 'facilitator' })
    board.session.view.postAnonymously.set(true)
    const id = await createNoteIn(board.session, spot)
    expect(noteIn(board, id!)).toMatchObject({ authorId: 'p-maya', authorName: null })
  })

  it('during a private round goes to the draft, not the room', async () => {
    const board = await openBoard()
    startRoundElsewhere(board, { mode: 'private' })
    const id = await createNoteIn(board.session, spot, 'Only mine')
    expect(readNotes(board.session.roomDoc)).toEqual([])
    const draft = board.session.drafts.doc()
    expect(draft && readNote(draft, id!)?.text).toBe('Only mine')
    expect(board.session.drafts.has(id!)).toBe(true)
  })

  it('leaves a private note as it was once its round ends: the draft takes no more (PRO-8)', async () => {
    const board = await openBoard()
    startRoundElsewhere(board, { mode: 'private' })
    const id = await createNoteIn(board.session, spot, 'Written in time')
    startRoundElsewhere(board, { mode: 'private', status: 'ended' })
    editText(board.session, id!, 'Written too late')
    const draft = board.session.drafts.doc()
    expect(draft && readNote(draft, id!)?.text).toBe('Written in time')
    expect(board.session.view.notice.get()).toBe(
      refused('private notes are written only while a private round runs'),
    )
  })

  it('is refused in a locked lane, with the reason shown', async () => {
    const board = await openBoard()
    board.elsewhereInControl((doc) => setLaneLocked(doc, 'health', true))
    expect(await createNoteIn(board.session, spot)).toBeNull()
    expect(board.session.view.notice.get()).toBe(refused('this lane is locked'))
    expect(readNotes(board.session.roomDoc)).toEqual([])
  })

  it('is refused when the workshop is closed, and observers add nothing', async () => {
    let board = await openBoard({ phase: 'closed' })
    expect(await createNoteIn(board.session, spot)).toBeNull()
    expect(board.session.view.notice.get()).toBe(refused('the workshop is closed'))
    board.destroy()
    board = await openBoard({ role: 'observer' })
    expect(await addNoteAt(board.session, { x: 150, y: 200 })).toBeNull()
    expect(readNotes(board.session.roomDoc)).toEqual([])
  })

  it('goes through the server when posting anonymously, and ends the undo history', async () => {
    const board = await openBoard()
    const route = 'POST /api/workshops/w1/rooms/room-main/anonymous/notes'
    board.api.answer(route, () => {
      // The server writes it with its own client, without an author.
      const id = noteElsewhere(
        board,
        { text: 'Quiet idea' },
        { id: null, name: null, sector: null },
      )
      return { status: 201, json: { id } }
    })
    await createNoteIn(board.session, spot, 'Earlier')
    board.session.view.postAnonymously.set(true)
    const id = await createNoteIn(board.session, spot, 'Quiet idea')
    expect(board.api.sentTo(route).map((request) => request.body)).toEqual([
      { ...spot, text: 'Quiet idea' },
    ])
    expect(noteIn(board, id!)?.authorId).toBeNull()
    expect(board.session.anonymous.mine.hasNote(id!)).toBe(true)
    expect(board.session.undoManager.canUndo()).toBe(false)
  })

  it('in view: in this person’s own sector lane when it is on screen', async () => {
    const board = await openBoard()
    board.session.view.screenSize.set({ width: 1200, height: 800 })
    const id = await addNoteInView(board.session)
    expect(noteIn(board, id!)?.laneId).toBe('health')
  })
})

describe('changing a note', () => {
  it('moves one’s own note, and undo moves it back', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board, {}, MAYA)
    const before = noteIn(board, id)!
    expect(moveNoteTo(board.session, before, { x: 60, y: 300 }, true)).toBe(true)
    expect(noteIn(board, id)).toMatchObject({ x: 60, y: 300 })
    undo(board.session)
    expect(noteIn(board, id)).toMatchObject({ x: before.x, y: before.y })
  })

  it('does not move someone else’s note; the reason shows when the drag ends', async () => {
    const board = await openBoard()
    const note = noteIn(board, noteElsewhere(board))!
    expect(moveNoteTo(board.session, note, { x: 60, y: 300 })).toBe(false)
    expect(board.session.view.notice.get()).toBeNull()
    expect(moveNoteTo(board.session, note, { x: 60, y: 300 }, true)).toBe(false)
    expect(board.session.view.notice.get()).toBe(
      refused('participants change only their own notes'),
    )
    expect(noteIn(board, note.id)).toMatchObject({ x: note.x, y: note.y })
    expect(canChangeNote(board.session, note)).toBe(false)
  })

  it('does not move one’s own note into a locked lane', async () => {
    const board = await openBoard()
    board.elsewhereInControl((doc) => setLaneLocked(doc, 'education', true))
    const note = noteIn(board, noteElsewhere(board, {}, MAYA))!
    // The education lane is the second one: its left edge is at 356.
    expect(moveNoteTo(board.session, note, { x: 400, y: 100 }, true)).toBe(false)
    expect(board.session.view.notice.get()).toBe(refused('this lane is locked'))
    expect(noteIn(board, note.id)?.laneId).toBe('health')
  })

  it('edits and resizes one’s own note, each undoable', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board, { text: 'Bus' }, MAYA)
    editText(board.session, id, 'Bus routes')
    expect(noteIn(board, id)?.text).toBe('Bus routes')
    board.session.undoManager.stopCapturing()
    resizeNoteTo(board.session, id, { width: 300, height: 200 })
    expect(noteIn(board, id)).toMatchObject({ width: 300, height: 200 })
    undo(board.session)
    expect(noteIn(board, id)).toMatchObject({ width: 200, text: 'Bus routes' })
    undo(board.session)
    expect(noteIn(board, id)?.text).toBe('Bus')
  })

  it('refuses to edit or resize someone else’s note, saying why', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board, { text: 'Sam’s' })
    editText(board.session, id, 'Mine now')
    expect(board.session.view.notice.get()).toBe(
      refused('participants change only their own notes'),
    )
    board.session.view.notice.set(null)
    resizeNoteTo(board.session, id, { width: 300, height: 200 })
    expect(board.session.view.notice.get()).toBe(
      refused('participants change only their own notes'),
    )
    expect(noteIn(board, id)).toMatchObject({ text: 'Sam’s', width: 200 })
  })

  it('lets a facilitator change anyone’s note', async () => {
    const board = await openBoard({ role: 'facilitator' })
    const id = noteElsewhere(board, { text: 'Sam’s' }, SAM)
    editText(board.session, id, 'Tidied')
    expect(noteIn(board, id)?.text).toBe('Tidied')
  })

  it('sends the text of one’s anonymous note to the server and shows its refusal', async () => {
    const board = await openBoard({ mine: { notes: [], threads: [] } })
    const id = myAnonymousNote(board, { text: 'Quiet' })
    const route = `POST /api/workshops/w1/rooms/room-main/anonymous/notes/${id}`
    board.api.refuse(route, 403, 'lane_locked', 'This lane is locked.')
    editText(board.session, id, 'Quieter', false)
    await board.api.settled()
    expect(board.api.sentTo(route).map((request) => request.body)).toEqual([{ text: 'Quieter' }])
    expect(board.session.view.notice.get()).toBe(strings.anonymous.notSaved('This lane is locked.'))
    expect(noteIn(board, id)?.text).toBe('Quiet')
  })
})

describe('deleting a note', () => {
  it('takes its threads with it, lets go of the selection, and undo brings both back', async () => {
    const board = await openBoard()
    const mine = noteElsewhere(board, {}, MAYA)
    const other = noteElsewhere(board)
    threadElsewhere(board, mine, other)
    select(board.session, { kind: 'note', id: mine })
    removeNote(board.session, mine)
    expect(noteIn(board, mine)).toBeUndefined()
    expect(readThreads(board.session.roomDoc)).toEqual([])
    expect(board.session.view.selection.get()).toBeNull()
    undo(board.session)
    expect(noteIn(board, mine)).toBeDefined()
    expect(readThreads(board.session.roomDoc)).toHaveLength(1)
  })

  it('refuses someone else’s note, and anything once the board is locked', async () => {
    const board = await openBoard()
    const theirs = noteElsewhere(board)
    removeNote(board.session, theirs)
    expect(board.session.view.notice.get()).toBe(
      refused('participants change only their own notes'),
    )
    expect(noteIn(board, theirs)).toBeDefined()
    const mine = noteElsewhere(board, {}, MAYA)
    board.elsewhereInControl((doc) => setAttention(doc, { boardLocked: true }))
    removeNote(board.session, mine)
    expect(board.session.view.notice.get()).toBe(refused('the board is locked'))
    expect(noteIn(board, mine)).toBeDefined()
  })
})
