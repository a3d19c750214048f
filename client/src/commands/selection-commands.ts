import type { BoardSession } from '../session/board-session'
import type { Selection } from '../session/view-state'
import { changeRefusal } from './note-policy'
import { shareEditing, shareSelected } from './presence-commands'

/**
 * True when telling others that I am on this note would give something away: a private note, or
 * a note I posted anonymously (showing "Maya is editing" would name its author).
 */
function keepQuiet(session: BoardSession, noteId: string): boolean {
  if (session.drafts.has(noteId)) return true
  const note = session.allNotes.get().find((item) => item.id === noteId)
  return (
    note !== undefined && note.authorName === null && note.authorId === session.info.participantId
  )
}

/** Selects a note or thread (or nothing) and tells the others (never about private notes). */
export function select(session: BoardSession, selection: Selection): void {
  session.view.selection.set(selection)
  const shared = selection && !keepQuiet(session, selection.id) ? selection.id : null
  shareSelected(session, shared)
}

/** Opens the text editor on a note (only for people who may change it). */
export function startEditing(session: BoardSession, noteId: string): void {
  if (!session.canWrite) return
  const note = session.allNotes.get().find((item) => item.id === noteId)
  if (!note || changeRefusal(session, note) !== null) return
  select(session, { kind: 'note', id: noteId })
  session.view.editingNoteId.set(noteId)
  shareEditing(session, keepQuiet(session, noteId) ? null : noteId)
}

/** Closes the text editor. */
export function stopEditing(session: BoardSession): void {
  if (session.view.editingNoteId.get() === null) return
  session.view.editingNoteId.set(null)
  shareEditing(session, null)
  // Typing is one undo step per editing session, not mixed with what comes next.
  session.undoManager.stopCapturing()
}
