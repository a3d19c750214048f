import { afterEach, describe, expect, it, vi } from 'vitest'
import { cursorWouldTell, installCursorPrivacy } from '../../src/commands/cursor-privacy'
import { setCursor } from '../../src/commands/presence-commands'
import { select } from '../../src/commands/selection-commands'
import { createFakeBoard, MAYA, noteElsewhere, type FakeBoard } from '../fakes/fake-board-session'

let board: FakeBoard
let stop: () => void = () => undefined
afterEach(() => {
  stop()
  board.destroy()
  vi.unstubAllGlobals()
})

const nobody = { id: null, name: null, sector: null }
const cursor = (b: FakeBoard) => b.session.awareness.getLocalState()?.cursor

describe('the cursor stays hidden while it would name the author of an anonymous note', () => {
  it('[FAC-M3] hidden while one’s anonymous note is selected, shown again after', async () => {
    board = await createFakeBoard()
    const named = noteElsewhere(board, {}, MAYA)
    const quiet = noteElsewhere(board, {}, nobody)
    board.session.anonymous.mine.add('note', quiet)
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
    board = await createFakeBoard({ name: null })
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
