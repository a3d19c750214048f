import type { BoardSession } from '../session/board-session'
import { noteRect } from '../geometry/viewport-math'
import { connectNotes } from './thread-commands'

/** The topmost note under canvas point `point`, other than `exceptId`. */
export function noteAt(
  session: BoardSession,
  point: { x: number; y: number },
  exceptId?: string,
): string | null {
  const lanes = session.lanes.get()
  const notes = session.notes.get()
  for (let index = notes.length - 1; index >= 0; index--) {
    const note = notes[index]
    if (!note || note.id === exceptId) continue
    const rect = noteRect(note, lanes)
    const inside =
      point.x >= rect.x &&
      point.x <= rect.x + rect.width &&
      point.y >= rect.y &&
      point.y <= rect.y + rect.height
    if (inside) return note.id
  }
  return null
}

/** Starts or updates the thread being drawn from a note toward a canvas point. */
export function drawThreadTo(
  session: BoardSession,
  fromId: string,
  to: { x: number; y: number },
): void {
  if (!session.canWrite) return
  session.view.dispatch({ type: 'drawThread', fromId, to, targetId: noteAt(session, to, fromId) })
}

/** Finishes drawing: weaves the thread when the pointer is over another note. */
export async function finishThread(session: BoardSession): Promise<string | null> {
  const draft = session.view.threadDraft.get()
  session.view.dispatch({ type: 'endThread' })
  if (!draft?.targetId) return null
  return connectNotes(session, draft.fromId, draft.targetId)
}

/** Abandons the thread being drawn. */
export function cancelThread(session: BoardSession): void {
  session.view.dispatch({ type: 'endThread' })
}
