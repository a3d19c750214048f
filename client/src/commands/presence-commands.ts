import type { BoardSession } from '../session/board-session'
import { throttle } from './throttle'

/** Cursor updates are sent at most this often (about 20 per second). */
const CURSOR_INTERVAL_MS = 50

type Point = { x: number; y: number }

interface CursorSharing {
  readonly send: ReturnType<typeof throttle<[Point]>>
  /** Where the pointer is now, shared or not. */
  last: Point | null
  /** Not shared while it would point at an anonymous note of this person's. */
  hidden: boolean
}

const cursorSharing = new WeakMap<BoardSession, CursorSharing>()

function sharingOf(session: BoardSession): CursorSharing {
  let sharing = cursorSharing.get(session)
  if (!sharing) {
    sharing = {
      send: throttle((cursor: Point) => {
        session.awareness.setLocalStateField('cursor', cursor)
      }, CURSOR_INTERVAL_MS),
      last: null,
      hidden: false,
    }
    cursorSharing.set(session, sharing)
  }
  return sharing
}

/** Shares where this person's pointer is, in canvas coordinates (null when it left the board). */
export function setCursor(session: BoardSession, cursor: Point | null): void {
  const sharing = sharingOf(session)
  sharing.last = cursor && { x: Math.round(cursor.x), y: Math.round(cursor.y) }
  if (sharing.hidden) return
  if (sharing.last === null) {
    sharing.send.cancel()
    session.awareness.setLocalStateField('cursor', null)
    return
  }
  sharing.send(sharing.last)
}

/**
 * Stops sharing the cursor (the others see none), or shares it again where the pointer is now:
 * while this person works on an anonymous note, a cursor on it would name its author.
 */
export function hideCursor(session: BoardSession, hidden: boolean): void {
  const sharing = sharingOf(session)
  if (sharing.hidden === hidden) return
  sharing.hidden = hidden
  sharing.send.cancel()
  session.awareness.setLocalStateField('cursor', hidden ? null : sharing.last)
}

/** Shares which note this person is typing in. */
export function shareEditing(session: BoardSession, noteId: string | null): void {
  session.awareness.setLocalStateField('editing', noteId)
}

/** Shares what this person has selected. */
export function shareSelected(session: BoardSession, id: string | null): void {
  session.awareness.setLocalStateField('selected', id)
}
