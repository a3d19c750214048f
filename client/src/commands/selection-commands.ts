import type { BoardSession } from '../session/board-session'
import type { Selection } from '../session/view-state'
import { shareEditing, shareSelected } from './presence-commands'

/** Selects a note or thread (or nothing) and tells the others. */
export function select(session: BoardSession, selection: Selection): void {
  session.view.selection.set(selection)
  shareSelected(session, selection?.id ?? null)
}

/** Opens the text editor on a note (only for people who may write). */
export function startEditing(session: BoardSession, noteId: string): void {
  if (!session.canWrite) return
  select(session, { kind: 'note', id: noteId })
  session.view.editingNoteId.set(noteId)
  shareEditing(session, noteId)
}

/** Closes the text editor. */
export function stopEditing(session: BoardSession): void {
  if (session.view.editingNoteId.get() === null) return
  session.view.editingNoteId.set(null)
  shareEditing(session, null)
  // Typing is one undo step per editing session, not mixed with what comes next.
  session.undoManager.stopCapturing()
}
