import type { BoardSession } from '../session/board-session'
import { keepsQuiet } from './anonymity'
import { hideCursor } from './presence-commands'

/**
 * True while this person's cursor would lead to an anonymous record of theirs: they are writing
 * one, or editing, dragging, connecting from or have selected one (dragging selects).
 */
export function cursorWouldTell(session: BoardSession): boolean {
  const { view } = session
  if (session.anonymous.writer.creating.get() > 0) return true
  const selected = view.selection.get()?.id
  const working = [selected, view.editingNoteId.get(), view.threadDraft.get()?.fromId]
  return working.some((id) => id != null && !session.drafts.has(id) && keepsQuiet(session, id))
}

/** Keeps the cursor hidden while it would tell (FAC-M3); returns a function that stops. */
export function installCursorPrivacy(session: BoardSession): () => void {
  const { view, anonymous } = session
  const update = () => hideCursor(session, cursorWouldTell(session))
  const stops = [view.interaction, anonymous.mine.ids, anonymous.writer.creating].map((store) =>
    store.subscribe(update),
  )
  update()
  return () => stops.forEach((stop) => stop())
}
