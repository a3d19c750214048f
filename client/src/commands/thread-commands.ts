import { createThread, deleteThread, relabelThread, type ThreadKind } from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import { select } from './selection-commands'
import { explainRefusal, threadRefusal } from './note-policy'
import { threadThroughServer, weavesAnonymously } from './anonymity'
import {
  changeAnonymousThread,
  deleteAnonymousThread,
  weaveAnonymously,
  whenShown,
} from './anonymous-commands'
import { strings } from '../i18n/strings'

function refused(
  session: BoardSession,
  thread: { id?: string; authorId: string | null; from: string; to: string },
) {
  const reason = threadRefusal(session, thread)
  if (reason) explainRefusal(session, strings.notice.refused(reason))
  return reason !== null
}

function threadOf(session: BoardSession, threadId: string) {
  return session.threads.get().find((thread) => thread.id === threadId)
}

/**
 * Weaves a thread from one note to another and selects it (once it is on this page: an anonymous
 * one comes back from the server). Resolves to its id; null if not possible.
 */
export async function connectNotes(
  session: BoardSession,
  from: string,
  to: string,
): Promise<string | null> {
  if (!session.canWrite) return null
  if (refused(session, { authorId: session.author.id, from, to })) return null
  if (weavesAnonymously(session, from, to)) {
    const id = await weaveAnonymously(session, from, to)
    const before = session.view.selection.get()
    // Unless the person moved on while it was on its way.
    const selectIt = () => {
      if (id && session.view.selection.get() === before) select(session, { kind: 'thread', id })
    }
    if (id) whenShown(session.threads, id, selectIt)
    return id
  }
  session.undoManager.stopCapturing()
  const id = createThread(session.roomDoc, { from, to }, session.author)
  session.undoManager.stopCapturing()
  if (id) select(session, { kind: 'thread', id })
  return id
}

/**
 * Changes a thread's label and kind. Through the server, a label being `typing` goes after a
 * pause in the typing.
 */
export function relabel(
  session: BoardSession,
  threadId: string,
  label: string,
  kind?: ThreadKind,
  typing = kind === undefined,
): void {
  const thread = threadOf(session, threadId)
  if (!session.canWrite || !thread || refused(session, thread)) return
  if (!threadThroughServer(session, thread)) {
    relabelThread(session.roomDoc, threadId, label, kind)
    return
  }
  changeAnonymousThread(session, threadId, kind ? { label, kind } : { label }, typing)
}

/** Deletes a thread. */
export function removeThread(session: BoardSession, threadId: string): void {
  const thread = threadOf(session, threadId)
  if (!session.canWrite || !thread || refused(session, thread)) return
  session.undoManager.stopCapturing()
  if (threadThroughServer(session, thread)) deleteAnonymousThread(session, threadId)
  else deleteThread(session.roomDoc, threadId)
  if (session.view.selection.get()?.id === threadId) select(session, null)
}
