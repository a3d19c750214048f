import type { BoardSession } from '../session/board-session'
import { removeNote } from './note-commands'
import { removeThread } from './thread-commands'
import { changeRefusal, threadRefusal } from './note-policy'

/** True when this person may delete what is selected (for the toolbar's Delete button). */
export function canRemoveSelection(session: BoardSession): boolean {
  const selection = session.view.selection.get()
  if (!selection || !session.canWrite) return false
  if (selection.kind === 'note') {
    const note = session.allNotes.get().find((item) => item.id === selection.id)
    return note !== undefined && changeRefusal(session, note) === null
  }
  const thread = session.threads.get().find((item) => item.id === selection.id)
  return thread !== undefined && threadRefusal(session, thread) === null
}

/** Deletes whatever is selected (a note with its threads, or a thread). */
export function removeSelection(session: BoardSession): void {
  const selection = session.view.selection.get()
  if (!selection) return
  if (selection.kind === 'note') removeNote(session, selection.id)
  else removeThread(session, selection.id)
}
