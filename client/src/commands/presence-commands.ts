import type { BoardSession } from '../session/board-session'
import { throttle } from './throttle'

/** Cursor updates are sent at most this often (about 20 per second). */
const CURSOR_INTERVAL_MS = 50

const cursorSenders = new WeakMap<BoardSession, ReturnType<typeof createCursorSender>>()

function createCursorSender(session: BoardSession) {
  return throttle((cursor: { x: number; y: number } | null) => {
    session.awareness.setLocalStateField('cursor', cursor)
  }, CURSOR_INTERVAL_MS)
}

/** Shares where this person's pointer is, in canvas coordinates (null when it left the board). */
export function setCursor(session: BoardSession, cursor: { x: number; y: number } | null): void {
  let send = cursorSenders.get(session)
  if (!send) {
    send = createCursorSender(session)
    cursorSenders.set(session, send)
  }
  if (cursor === null) {
    send.cancel()
    session.awareness.setLocalStateField('cursor', null)
    return
  }
  send({ x: Math.round(cursor.x), y: Math.round(cursor.y) })
}

/** Shares which note this person is typing in. */
export function shareEditing(session: BoardSession, noteId: string | null): void {
  session.awareness.setLocalStateField('editing', noteId)
}

/** Shares what this person has selected. */
export function shareSelected(session: BoardSession, id: string | null): void {
  session.awareness.setLocalStateField('selected', id)
}
