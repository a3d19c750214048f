import { clampNoteSize, focusTarget } from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import { strings } from '../i18n/strings'
import { announce } from './announce'
import { followAgain, stopFollowing } from './attention-commands'
import { focusNote, focusedNote, laneNameOf, shortText } from './keyboard-focus'
import { isMyAnonymousNote } from './anonymity'
import { removeNote, resizeNoteTo } from './note-commands'
import { select } from './selection-commands'
import { changeRefusal, explainRefusal } from './note-policy'
import { notesOnShow } from './round-filter'
import { canVoteOn, placeDot, removeDot } from './vote-commands'

const t = strings.access

/** Gives the focused note a dot, or takes one back (`remove`): the V key. */
export async function voteOnFocused(session: BoardSession, remove: boolean): Promise<void> {
  const note = focusedNote(session)
  if (!note) return
  if (!canVoteOn(session, note)) {
    announce(session, t.noVote)
    return
  }
  const mine = remove ? await removeDot(session, note.id) : await placeDot(session, note.id)
  if (mine) announce(session, remove ? t.dotRemoved(mine.dotsLeft) : t.dotPlaced(mine.dotsLeft))
}

/** Follows the leading facilitator's view, or stops following it: the F key. */
export function toggleFollow(session: BoardSession): void {
  const follow = session.control.attention.get().follow
  if (!follow || follow.participantId === session.info.participantId) {
    announce(session, t.nobodyLeading)
    return
  }
  if (session.view.following.get()) {
    stopFollowing(session)
    announce(session, t.followOff)
  } else {
    followAgain(session)
    announce(session, t.followOn(follow.name))
  }
}

/** Deletes the focused note and moves focus to the next one (or the previous). */
export function deleteFocused(session: BoardSession): void {
  const note = focusedNote(session)
  if (!note || !session.canWrite || changeRefusal(session, note) !== null) return
  const notes = notesOnShow(session)
  const lanes = session.lanes.get()
  const next =
    focusTarget(notes, lanes, note.id, 'next') ?? focusTarget(notes, lanes, note.id, 'previous')
  // Undo does not cover anonymous notes (the server writes them).
  const deleted = isMyAnonymousNote(session, note.id) ? strings.anonymous.deleted : t.deleted
  removeNote(session, note.id)
  announce(session, deleted)
  if (next) focusNote(session, next.id)
}

/** How much the < and > keys change a note's width and height, in canvas units. */
const RESIZE_STEP = 20

/** Makes the focused note bigger (`grow` > 0) or smaller, within the allowed sizes: > and <. */
export function resizeFocused(session: BoardSession, grow: 1 | -1): void {
  const note = focusedNote(session)
  if (!note || !session.canWrite) return
  const width = clampNoteSize(note.width + grow * RESIZE_STEP)
  const height = clampNoteSize(note.height + grow * RESIZE_STEP)
  if (width === note.width && height === note.height) {
    announce(session, grow > 0 ? t.largest : t.smallest)
    return
  }
  const refusal = changeRefusal(session, note)
  if (refusal) return explainRefusal(session, strings.notice.refused(refusal))
  resizeNoteTo(session, note.id, { width, height })
  announce(session, t.resized(Math.round(width), Math.round(height)))
}

/**
 * Selects the next thread of the focused note (T again: the one after), which opens its editor
 * with the keyboard focus in it: label, kind, delete. Says which note it leads to.
 */
export function selectFocusedThread(session: BoardSession): void {
  const note = focusedNote(session)
  if (!note) return
  const threads = session.threads.get().filter((th) => th.from === note.id || th.to === note.id)
  if (threads.length === 0) return announce(session, t.noThreads)
  const last = session.view.interaction.get().lastThread
  const at = threads.findIndex((th) => th.id === last)
  const thread = threads[(at + 1) % threads.length]!
  const otherId = thread.from === note.id ? thread.to : thread.from
  const other = session.allNotes.get().find((item) => item.id === otherId)
  session.view.dispatch({ type: 'rememberThread', threadId: thread.id })
  select(session, { kind: 'thread', id: thread.id, returnTo: note.id })
  if (other) announce(session, t.threadSelected(shortText(other), laneNameOf(session, other)))
}

/** Opens (or closes) the keyboard shortcuts sheet. */
export function showShortcuts(session: BoardSession, open: boolean): void {
  session.view.shortcutsOpen.set(open)
}
