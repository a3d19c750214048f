import { createThread, deleteThread, relabelThread, type ThreadKind } from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import { select } from './selection-commands'
import { explainRefusal, threadRefusal } from './note-policy'
import { strings } from '../ui/strings'

function refused(
  session: BoardSession,
  thread: { authorId: string | null; from: string; to: string },
) {
  const reason = threadRefusal(session, thread)
  if (reason) explainRefusal(session, strings.notice.refused(reason))
  return reason !== null
}

function threadOf(session: BoardSession, threadId: string) {
  return session.threads.get().find((thread) => thread.id === threadId)
}

/** Weaves a thread from one note to another and selects it. Null if not possible. */
export function connectNotes(session: BoardSession, from: string, to: string): string | null {
  if (!session.canWrite) return null
  if (refused(session, { authorId: session.author.id, from, to })) return null
  session.undoManager.stopCapturing()
  const id = createThread(session.roomDoc, { from, to }, session.author)
  session.undoManager.stopCapturing()
  if (id) select(session, { kind: 'thread', id })
  return id
}

/** Changes a thread's label and kind. */
export function relabel(
  session: BoardSession,
  threadId: string,
  label: string,
  kind?: ThreadKind,
): void {
  const thread = threadOf(session, threadId)
  if (!session.canWrite || !thread || refused(session, thread)) return
  relabelThread(session.roomDoc, threadId, label, kind)
}

/** Deletes a thread. */
export function removeThread(session: BoardSession, threadId: string): void {
  const thread = threadOf(session, threadId)
  if (!session.canWrite || !thread || refused(session, thread)) return
  session.undoManager.stopCapturing()
  deleteThread(session.roomDoc, threadId)
  if (session.view.selection.get()?.id === threadId) select(session, null)
}
