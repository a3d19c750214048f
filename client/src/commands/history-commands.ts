import type { BoardSession } from '../session/board-session'
import { stopEditing } from './selection-commands'

/** Undoes this person's last change (never anyone else's). */
export function undo(session: BoardSession): void {
  if (!session.canWrite) return
  stopEditing(session)
  session.undoManager.undo()
  dropStaleSelection(session)
}

/** Redoes what undo took back. */
export function redo(session: BoardSession): void {
  if (!session.canWrite) return
  stopEditing(session)
  session.undoManager.redo()
  dropStaleSelection(session)
}

/** Starts a new undo step, so the next change is not merged with the previous one. */
export function startUndoStep(session: BoardSession): void {
  session.undoManager.stopCapturing()
}

function dropStaleSelection(session: BoardSession): void {
  const selection = session.view.selection.get()
  if (!selection) return
  const exists =
    selection.kind === 'note'
      ? session.notes.get().some((note) => note.id === selection.id)
      : session.threads.get().some((thread) => thread.id === selection.id)
  if (!exists) session.view.selection.set(null)
}
