import type { BoardSession } from '../session/board-session'
import { stopEditing } from './selection-commands'
import { boardChangeRefusal } from './note-policy'

/** Undoing while the board is locked or closed would only be refused by the server. */
function mayUndo(session: BoardSession): boolean {
  return session.canWrite && boardChangeRefusal(session) === null
}

/** Undoes this person's last change (never anyone else's). */
export function undo(session: BoardSession): void {
  if (!mayUndo(session)) return
  stopEditing(session)
  session.undoManager.undo()
}

/** Redoes what undo took back. */
export function redo(session: BoardSession): void {
  if (!mayUndo(session)) return
  stopEditing(session)
  session.undoManager.redo()
}

/** Starts a new undo step, so the next change is not merged with the previous one. */
export function startUndoStep(session: BoardSession): void {
  session.undoManager.stopCapturing()
}
