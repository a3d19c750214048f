import type { Thread } from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import { writesPrivately } from './note-policy'

/**
 * Which writes go through the server so that they stay anonymous (FAC-M3): written from this
 * person's own Yjs client, a record would carry the client id that sits next to their presence.
 * Private notes stay in the author's draft (only they can open it); the server's reveal makes
 * anonymous ones anonymous.
 */

/** True for someone who joined without a name: everything they write is anonymous. */
export function joinedAnonymously(session: BoardSession): boolean {
  return session.info.role === 'participant' && session.principal.name === null
}

/** True when this person's next note goes onto the board through the server, without a name. */
export function createsAnonymously(session: BoardSession): boolean {
  if (session.info.role !== 'participant' || writesPrivately(session)) return false
  return joinedAnonymously(session) || session.view.postAnonymously.get()
}

/** One of this person's anonymous notes on the board. */
export function isMyAnonymousNote(session: BoardSession, noteId: string): boolean {
  return session.anonymous.mine.hasNote(noteId)
}

/**
 * True when a thread is changed through the server: one this person wove anonymously, or one that
 * touches an anonymous note of theirs (and that they did not weave with their name).
 */
export function threadThroughServer(
  session: BoardSession,
  thread: Pick<Thread, 'id' | 'authorId' | 'from' | 'to'>,
): boolean {
  if (session.anonymous.mine.hasThread(thread.id)) return true
  if (thread.authorId !== null && thread.authorId === session.info.participantId) return false
  return isMyAnonymousNote(session, thread.from) || isMyAnonymousNote(session, thread.to)
}

/** True when a new thread is woven through the server: by an anonymous joiner, or to my note. */
export function weavesAnonymously(session: BoardSession, from: string, to: string): boolean {
  if (session.info.role !== 'participant') return false
  return (
    joinedAnonymously(session) || isMyAnonymousNote(session, from) || isMyAnonymousNote(session, to)
  )
}

/**
 * True when telling the others that I am on this note or thread would tie me to it: a private
 * note, or an anonymous record of mine; until the server said which ones are mine, any anonymous
 * note.
 */
export function keepsQuiet(session: BoardSession, id: string): boolean {
  if (session.drafts.has(id)) return true
  const { mine } = session.anonymous
  if (mine.hasNote(id) || mine.hasThread(id)) return true
  const note = session.notes.get().find((item) => item.id === id)
  if (note === undefined || note.authorName !== null) return false
  // An anonymous note written from here before anonymous notes went through the server.
  return !mine.ids.get().known || note.authorId === session.info.participantId
}
