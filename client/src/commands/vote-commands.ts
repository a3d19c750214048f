import type { MyDots, Note } from '@weave/shared'
import * as api from '../api/facilitation-api'
import type { BoardSession } from '../session/board-session'
import { runAction } from './api-errors'

/** True when a note can get dots in the current vote (open, shared, of the vote's round). */
export function canVoteOn(session: BoardSession, note: Pick<Note, 'id' | 'roundId'>): boolean {
  const vote = session.control.vote.get()
  if (!vote || vote.status !== 'open' || session.info.role === 'observer') return false
  if (session.drafts.has(note.id)) return false
  return vote.roundId === null || vote.roundId === note.roundId
}

function keep(session: BoardSession, mine: MyDots | null): MyDots | null {
  if (mine) session.myDots.set(mine)
  return mine
}

/** Places one of this person's dots on a note (the server enforces the limit). */
export async function placeDot(session: BoardSession, noteId: string): Promise<MyDots | null> {
  const { workshopId, token, roomId } = session
  return keep(
    session,
    await runAction(session, () => api.placeDot(workshopId, token, roomId, noteId)),
  )
}

/** Takes one of this person's dots back from a note. */
export async function removeDot(session: BoardSession, noteId: string): Promise<MyDots | null> {
  const { workshopId, token, roomId } = session
  return keep(
    session,
    await runAction(session, () => api.removeDot(workshopId, token, roomId, noteId)),
  )
}

/** Opens a dot vote over every note, or over one round's notes (facilitators). */
export function openVote(
  session: BoardSession,
  dotsPerPerson: number,
  roundId: string | null,
): Promise<unknown> {
  return runAction(session, () =>
    api.openVote(session.workshopId, session.token, { dotsPerPerson, roundId }),
  )
}

/** Closes the vote: the counts appear for everyone (facilitators). */
export function closeVote(session: BoardSession): Promise<unknown> {
  return runAction(session, () => api.closeVote(session.workshopId, session.token))
}
