import type { BoardSession } from '../session/board-session'
import type { Selection } from '../session/interaction'
import { isMyAnonymousNote, keepsQuiet } from './anonymity'
import { finishAnonymousText } from './anonymous-commands'
import { changeRefusal } from './note-policy'
import { shareEditing, shareSelected } from './presence-commands'

/**
 * Selects a note or thread (or nothing) and tells the others, never about a private note or an
 * anonymous record of mine (showing "Maya is editing" would name its author).
 */
export function select(session: BoardSession, selection: Selection): void {
  session.view.dispatch({ type: 'select', selection })
  tellSelected(session, selection?.id ?? null)
}

function tellSelected(session: BoardSession, id: string | null): void {
  shareSelected(session, id !== null && !keepsQuiet(session, id) ? id : null)
}

/** Opens the text editor on a note (only for people who may change it). */
export function startEditing(session: BoardSession, noteId: string): void {
  if (!session.canWrite) return
  const note = session.allNotes.get().find((item) => item.id === noteId)
  if (!note || changeRefusal(session, note) !== null) return
  session.view.dispatch({ type: 'startEdit', noteId })
  tellSelected(session, noteId)
  shareEditing(session, keepsQuiet(session, noteId) ? null : noteId)
}

function closeEditor(session: BoardSession, noteId: string): void {
  // Someone may have opened another note meanwhile (an anonymous note closes after a request).
  if (session.view.editingNoteId.get() !== noteId) return
  session.view.dispatch({ type: 'endEdit', noteId })
  shareEditing(session, null)
  // Typing is one undo step per editing session, not mixed with what comes next.
  session.undoManager.stopCapturing()
}

/**
 * Closes the text editor. On one of my anonymous notes, the text still on its way goes first: the
 * editor closes once the server has it, and stays open with the text when it could not be sent.
 */
export function stopEditing(session: BoardSession): void {
  const noteId = session.view.editingNoteId.get()
  if (noteId === null) return
  const exists = session.allNotes.get().some((note) => note.id === noteId)
  const { notes } = session.anonymous.writer
  if (!exists || !isMyAnonymousNote(session, noteId) || !notes.hasUnsent(noteId)) {
    if (!exists) notes.discard(noteId)
    closeEditor(session, noteId)
    return
  }
  void finishAnonymousText(session, noteId).then((written) => {
    if (written) closeEditor(session, noteId)
  })
}
