import type { HiddenNote } from '@weave/shared'
import * as api from '../api/facilitation-api'
import type { BoardSession } from '../session/board-session'
import { runAction } from './api-errors'
import { select } from './selection-commands'

/** Takes a note off the board for everyone, keeping it aside on the server (facilitators). */
export async function hideNote(session: BoardSession, noteId: string): Promise<HiddenNote | null> {
  const { workshopId, token, roomId } = session
  const hidden = await runAction(session, () => api.hideNote(workshopId, token, roomId, noteId))
  if (hidden) select(session, null)
  return hidden
}

/** The notes facilitators have hidden in this workshop. */
export function listHiddenNotes(session: BoardSession): Promise<HiddenNote[] | null> {
  return runAction(session, () => api.listHiddenNotes(session.workshopId, session.token))
}

/** Puts a hidden note back on its board. */
export function restoreHiddenNote(
  session: BoardSession,
  hidden: HiddenNote,
): Promise<HiddenNote | null> {
  return runAction(session, () =>
    api.restoreHiddenNote(session.workshopId, session.token, hidden.roomId, hidden.note.id),
  )
}
