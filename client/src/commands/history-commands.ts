import type { BoardSession } from '../session/board-session'
import { stopEditing } from './selection-commands'

/** Undoes this person's last change (never anyone else's). */
export function undo(session: BoardSession): void {
  if (!session.canWrite) return
  stopEditing(session)
  session.undoManager.undo()
}

/** Redoes what undo took back. */
export function redo(session: BoardSession): void {
  if (!session.canWrite) return
  stopEditing(session)
  session.undoManager.redo()
}

/** Starts a new undo step, so the next change is not merged with the previous one. */
export function startUndoStep(session: BoardSession): void {
  session.undoManager.stopCapturing()
}
