import type { ThreadKind } from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import { strings } from '../i18n/strings'
import { announce } from './announce'
import { shortText } from './keyboard-focus'
import { moveNoteToLane, postNote } from './lane-moves'
import { editText, removeNote } from './note-commands'
import { writesPrivately } from './note-policy'
import { connectNotes, relabel } from './thread-commands'
import { placeDot, removeDot } from './vote-commands'

const t = strings.list

/**
 * Posts a note with its text at the end of a lane, and says where it went. False when it was not
 * posted (the reason is shown; the form keeps the text).
 */
export async function postFromList(
  session: BoardSession,
  laneId: string,
  text: string,
): Promise<boolean> {
  const lane = session.lanes.get().find((item) => item.id === laneId)
  const privately = writesPrivately(session)
  const id = lane ? await postNote(session, laneId, text) : null
  if (!id || !lane) return false
  announce(session, privately ? t.postedPrivately(lane.name) : t.posted(lane.name))
  return true
}

/** Saves the text of a note edited in the list. */
export function saveFromList(session: BoardSession, noteId: string, text: string): void {
  editText(session, noteId, text, false)
  announce(session, t.saved)
}

/** Saves a thread's label and kind, edited in the list. */
export function labelFromList(
  session: BoardSession,
  threadId: string,
  label: string,
  kind: ThreadKind,
): void {
  relabel(session, threadId, label.trim(), kind)
  announce(session, t.threadSaved)
}

/** Moves a note to another lane (the end of its list). */
export function moveFromList(session: BoardSession, noteId: string, laneId: string): boolean {
  return moveNoteToLane(session, noteId, laneId)
}

/** Weaves a thread between two notes and says so. */
export async function connectFromList(
  session: BoardSession,
  fromId: string,
  toId: string,
): Promise<boolean> {
  const notes = session.allNotes.get()
  const from = notes.find((note) => note.id === fromId)
  const to = notes.find((note) => note.id === toId)
  if (!from || !to || !(await connectNotes(session, fromId, toId))) return false
  announce(session, strings.access.connected(shortText(from), shortText(to)))
  return true
}

/** Deletes a note (and its threads) and says so. */
export function deleteFromList(session: BoardSession, noteId: string): void {
  removeNote(session, noteId)
  if (!session.allNotes.get().some((note) => note.id === noteId)) announce(session, t.deleted)
}

/** Gives a note a dot, or takes one back, and says how many are left. */
export async function dotFromList(
  session: BoardSession,
  noteId: string,
  remove: boolean,
): Promise<void> {
  const mine = remove ? await removeDot(session, noteId) : await placeDot(session, noteId)
  if (!mine) return
  const left = mine.dotsLeft
  announce(session, remove ? strings.access.dotRemoved(left) : strings.access.dotPlaced(left))
}
