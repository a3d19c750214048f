import type { BoardSession } from '../session/board-session'
import { removeNote } from './note-commands'
import { removeThread } from './thread-commands'

/** Deletes whatever is selected (a note with its threads, or a thread). */
export function removeSelection(session: BoardSession): void {
  const selection = session.view.selection.get()
  if (!selection) return
  if (selection.kind === 'note') removeNote(session, selection.id)
  else removeThread(session, selection.id)
}
