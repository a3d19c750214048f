import { afterEach, describe, expect, it } from 'vitest'
import { cursorWouldTell, installCursorPrivacy } from '../../src/commands/cursor-privacy'
import { setCursor } from '../../src/commands/presence-commands'
import { select } from '../../src/commands/selection-commands'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'
import { MAYA, myAnonymousNote, noteElsewhere } from '../fakes/elsewhere'

const openBoard = fakeBoardPerTest()
let stop: () => void = () => undefined
afterEach(() => stop())

const cursor = (b: FakeBoard) => b.session.awareness.getLocalState()?.cursor

describe('the cursor stays hidden while it would name the author of an anonymous note', () => {
  it('[FAC-M3] hidden while one’s anonymous note is selected, shown again after', async () => {
    const board = await openBoard()
    const named = noteElsewhere(board, {}, MAYA)
    const quiet = myAnonymousNote(board)
    stop = installCursorPrivacy(board.session)
    setCursor(board.session, { x: 5, y: 5 })
    select(board.session, { kind: 'note', id: named })
    expect(cursorWouldTell(board.session)).toBe(false)
    expect(cursor(board)).toEqual({ x: 5, y: 5 })
    select(board.session, { kind: 'note', id: quiet })
    expect(cursorWouldTell(board.session)).toBe(true)
    expect(cursor(board)).toBeNull()
    select(board.session, null)
    expect(cursor(board)).toEqual({ x: 5, y: 5 })
  })

  it('[FAC-M3] hidden while an anonymous note is on its way to the server', async () => {
    const board = await openBoard({ name: null })
    stop = installCursorPrivacy(board.session)
    setCursor(board.session, { x: 5, y: 5 })
    board.api.answer('POST /api/workshops/w1/rooms/room-main/anonymous/notes', { id: 'n1' })
    const writing = board.session.anonymous.writer.createNote({
      laneId: 'health',
      x: 0,
      y: 0,
      text: '',
    })
    expect(cursor(board)).toBeNull()
    await writing
    expect(cursor(board)).toEqual({ x: 5, y: 5 })
  })
})
