import type { BoardSession } from '../session/board-session'

/** Shares where this person's pointer is, in canvas coordinates (null when it left the board). */
export function setCursor(session: BoardSession, cursor: { x: number; y: number } | null): void {
  session.cursor.set(cursor)
}

/**
 * Stops sharing the cursor (the others see none), or shares it again where the pointer is now:
 * while this person works on an anonymous note, a cursor on it would name its author.
 */
export function hideCursor(session: BoardSession, hidden: boolean): void {
  session.cursor.hide(hidden)
}

/** Shares which note this person is typing in. */
export function shareEditing(session: BoardSession, noteId: string | null): void {
  session.awareness.setLocalStateField('editing', noteId)
}

/** Shares what this person has selected. */
export function shareSelected(session: BoardSession, id: string | null): void {
  session.awareness.setLocalStateField('selected', id)
}
