import { boardRefusal, focusTarget, type FocusStep, type Note } from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import { isPickingTarget, type Connecting } from '../session/interaction'
import { strings } from '../i18n/strings'
import { announce, describeFocus } from './announce'
import { cancelThread, finishThread } from './draft-commands'
import { focusNote, focusedNote, laneNameOf, revealNote, shortText } from './keyboard-focus'
import { explainRefusal } from './note-policy'
import { notesOnShow } from './round-filter'
import { noteRect } from '../geometry/viewport-math'

const t = strings.access

/** Notes a thread from `fromId` may go to: shared notes on show, other than the note itself. */
function targets(session: BoardSession, fromId: string): Note[] {
  return notesOnShow(session).filter((note) => note.id !== fromId && !session.drafts.has(note.id))
}

function centreOf(session: BoardSession, note: Note): { x: number; y: number } {
  const rect = noteRect(note, session.lanes.get())
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
}

/** True while a thread's far end is being chosen by keys or taps (connect mode). */
export function isPicking(session: BoardSession): boolean {
  return isPickingTarget(session.view.interaction.get())
}

function picking(session: BoardSession): Connecting | null {
  const state = session.view.interaction.get()
  return isPickingTarget(state) ? state : null
}

/**
 * Starts connect mode from a note (the focused one by default): the far end is then chosen with
 * `pickStep` (keys) or `pickNote` (taps) and woven with `finishConnecting`.
 */
export function startConnecting(session: BoardSession, fromId?: string): void {
  const from = fromId
    ? session.allNotes.get().find((note) => note.id === fromId)
    : focusedNote(session)
  if (!from || !session.canWrite) return
  const refusal = session.drafts.has(from.id)
    ? 'private notes cannot be connected'
    : boardRefusal(session.principal, session.boardState.get())
  if (refusal) {
    explainRefusal(session, strings.notice.refused(refusal))
    return
  }
  if (targets(session, from.id).length === 0) {
    announce(session, t.connectNothing)
    explainRefusal(session, t.connectNothing)
    return
  }
  session.view.dispatch({ type: 'startPicking', fromId: from.id, at: centreOf(session, from) })
  describeFocus(session, t.connecting(shortText(from)))
}

/** Chooses the far end of the thread being made: a note, by id (a tap). */
export function pickNote(session: BoardSession, noteId: string): void {
  const draft = picking(session)
  const note = session.allNotes.get().find((item) => item.id === noteId)
  if (!draft || !note || note.id === draft.fromId || session.drafts.has(note.id)) return
  session.view.dispatch({ type: 'pickTarget', targetId: note.id, at: centreOf(session, note) })
  revealNote(session, note.id)
  describeFocus(session, t.connectTarget(shortText(note), laneNameOf(session, note)))
}

/** Moves the choice of far end one step (Tab, arrows), wrapping around at the ends. */
export function pickStep(session: BoardSession, step: FocusStep): void {
  const draft = picking(session)
  if (!draft) return
  const notes = targets(session, draft.fromId)
  const lanes = session.lanes.get()
  // Before a first choice, steps start from the note the thread comes from.
  const source = session.allNotes.get().filter((note) => note.id === draft.fromId)
  const among = draft.targetId ? notes : [...notes, ...source]
  const target =
    focusTarget(among, lanes, draft.targetId ?? draft.fromId, step) ??
    focusTarget(notes, lanes, null, step === 'previous' || step === 'up' ? 'last' : 'first')
  if (target) pickNote(session, target.id)
}

/** Weaves the thread to the chosen note and puts focus back on the note it started from. */
export async function finishConnecting(session: BoardSession): Promise<string | null> {
  const draft = picking(session)
  if (!draft) return null
  if (!draft.targetId) {
    cancelConnecting(session)
    return null
  }
  const notes = session.allNotes.get()
  const from = notes.find((note) => note.id === draft.fromId)
  const to = notes.find((note) => note.id === draft.targetId)
  const id = await finishThread(session)
  if (id && from && to) {
    announce(session, t.connected(shortText(from), shortText(to)))
    focusNote(session, from.id)
  }
  return id
}

/** Leaves connect mode without weaving anything. */
export function cancelConnecting(session: BoardSession): void {
  if (!isPicking(session)) return
  cancelThread(session)
  announce(session, t.connectCancelled)
}
