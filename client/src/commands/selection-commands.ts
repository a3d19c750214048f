import type { BoardSession } from '../session/board-session'
import type { Selection } from '../session/view-state'
import { changeRefusal } from './note-policy'
import { shareEditing, shareSelected } from './presence-commands'

/** Selects a note or thread (or nothing) and tells the others (never about private notes). */
export function select(session: BoardSession, selection: Selection): void {
  session.view.selection.set(selection)
  const shared = selection && !session.drafts.has(selection.id) ? selection.id : null
  shareSelected(session, shared)
}

/** Opens the text editor on a note (only for people who may change it). */
export function startEditing(session: BoardSession, noteId: string): void {
  if (!session.canWrite) return
  const note = session.allNotes.get().find((item) => item.id === noteId)
  if (!note || changeRefusal(session, note) !== null) return
  select(session, { kind: 'note', id: noteId })
  session.view.editingNoteId.set(noteId)
  shareEditing(session, session.drafts.has(noteId) ? null : noteId)
}

/** Closes the text editor. */
export function stopEditing(session: BoardSession): void {
  if (session.view.editingNoteId.get() === null) return
  session.view.editingNoteId.set(null)
  shareEditing(session, null)
  // Typing is one undo step per editing session, not mixed with what comes next.
  session.undoManager.stopCapturing()
}
