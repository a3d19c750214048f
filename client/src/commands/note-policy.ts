import {
  boardRefusal,
  draftChangeRefusal,
  noteChangeRefusal,
  noteCreateRefusal,
  PRIVATE_NOTES_UNCONNECTED,
  roundIncludesRoom,
  threadChangeRefusal,
  type BoardState,
  type Note,
  type Thread,
} from '@weave/shared'
import type * as Y from 'yjs'
import type { BoardSession } from '../session/board-session'

/** True when new notes of this person go to their private draft (a private round is running). */
export function writesPrivately(session: BoardSession): boolean {
  return session.info.role === 'participant' && session.boardState.get().privateWriting
}

/** The document a note lives in: this person's draft for private notes, the room otherwise. */
export function docOfNote(session: BoardSession, noteId: string): Y.Doc | null {
  return session.drafts.has(noteId) ? session.drafts.doc() : session.roomDoc
}

/** The state private notes are judged by: private writing is what they are for. */
function stateFor(session: BoardSession, isPrivate: boolean): BoardState {
  const state = session.boardState.get()
  return isPrivate ? { ...state, privateWriting: false } : state
}

/** Why this person may not change anything on the board now (locked, closed...); null if they may. */
export function boardChangeRefusal(session: BoardSession): string | null {
  return boardRefusal(session.principal, session.boardState.get())
}

/** Why this person may not add a note to a lane now (null when they may). */
export function createRefusal(session: BoardSession, laneId: string): string | null {
  return noteCreateRefusal(session.principal, laneId, stateFor(session, writesPrivately(session)))
}

/**
 * A note as the rules see it for this person: anonymous notes carry no author, so one of their
 * own (as the server told) counts as theirs, as it does on the server.
 */
function asJudged<T extends { readonly id: string; readonly authorId: string | null }>(
  session: BoardSession,
  record: T,
  mine: (id: string) => boolean,
): T {
  return mine(record.id) ? { ...record, authorId: session.info.participantId } : record
}

/** Why this person may not change a note (or move it to `toLaneId`); null when they may. */
export function changeRefusal(
  session: BoardSession,
  note: Pick<Note, 'id' | 'authorId' | 'laneId'>,
  toLaneId?: string,
): string | null {
  const isPrivate = session.drafts.has(note.id)
  // The server takes draft writes only while the private round is open (PRO-8).
  const closed = isPrivate ? draftChangeRefusal(session.principal, session.boardState.get()) : null
  if (closed) return closed
  const judged = asJudged(session, note, session.anonymous.mine.hasNote)
  return noteChangeRefusal(session.principal, judged, stateFor(session, isPrivate), toLaneId)
}

/** Why this person may not weave (no `id` yet), relabel or cut a thread; null when they may. */
export function threadRefusal(
  session: BoardSession,
  thread: Pick<Thread, 'authorId' | 'from' | 'to'> & { readonly id?: string },
): string | null {
  const notes = session.notes.get()
  const { hasNote, hasThread } = session.anonymous.mine
  const ends = [thread.from, thread.to].map((id) => notes.find((note) => note.id === id))
  // Threads never touch private notes.
  if (ends.some((end) => end === undefined)) return PRIVATE_NOTES_UNCONNECTED
  const judged = thread.id ? asJudged(session, { ...thread, id: thread.id }, hasThread) : thread
  return threadChangeRefusal(
    session.principal,
    judged,
    ends.map((end) => end && asJudged(session, end, hasNote)),
    session.boardState.get(),
  )
}

/** The round new notes answer: the current one while it runs (or is paused) in this room. */
export function currentRoundId(session: BoardSession): string | null {
  const round = session.control.round.get()
  if (!round || round.status === 'ended' || !roundIncludesRoom(round, session.roomId)) return null
  return round.id
}

/** Shows a short explanation of why something was not done. */
export function explainRefusal(session: BoardSession, reason: string): void {
  session.view.notice.set(reason)
}
