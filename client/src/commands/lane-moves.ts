import { LANE_HEADER_HEIGHT, NOTE_HEIGHT, NOTE_WIDTH, laneLeft, type Note } from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import { isMovingByKeyboard } from '../session/interaction'
import { strings } from '../i18n/strings'
import { announce } from './announce'
import { startUndoStep } from './history-commands'
import { focusNote, focusedNote, revealNote } from './keyboard-focus'
import { createNoteIn, editWhenShown, moveNoteTo } from './note-commands'
import { changeRefusal, explainRefusal } from './note-policy'
import { freeSpotInLane } from '../geometry/note-placement'
import { noteRect, visibleRect } from '../geometry/viewport-math'

/** Space between a note and the one above it when notes are stacked in a lane. */
const STACK_GAP = 16

/**
 * The lane keyboard and list actions work in: the focused note's lane, else this person's own
 * sector lane, else the first lane. -1 when the board has no lanes.
 */
export function currentLaneIndex(session: BoardSession): number {
  const lanes = session.lanes.get()
  const focused = focusedNote(session)
  const ofFocused = focused ? lanes.findIndex((lane) => lane.id === focused.laneId) : -1
  if (ofFocused !== -1) return ofFocused
  const own = lanes.findIndex(
    (lane) => lane.sectorId !== null && lane.sectorId === session.author.sector,
  )
  return own !== -1 ? own : lanes.length > 0 ? 0 : -1
}

/**
 * Writes a new note in a lane (the current one by default) at the first free spot from the top
 * of what is on screen, brings it into view and opens it for typing (the N key).
 */
export async function addNoteInLane(
  session: BoardSession,
  laneIndex?: number,
): Promise<string | null> {
  const index = laneIndex ?? currentLaneIndex(session)
  const visible = visibleRect(session.view.viewport.get(), session.view.screenSize.get())
  const preferred = { x: 12, y: Math.max(visible.y + 100, LANE_HEADER_HEIGHT) }
  const size = { width: NOTE_WIDTH, height: NOTE_HEIGHT }
  const lanes = session.lanes.get()
  const spot = freeSpotInLane(index, size, preferred, lanes, session.allNotes.get(), null)
  const id = spot ? await createNoteIn(session, spot) : null
  if (id) editWhenShown(session, id, () => revealNote(session, id))
  return id
}

/** The y just below the lowest note of a lane (where a note is added at the end of its list). */
function endOfLane(notes: readonly Note[], laneId: string, exceptId: string | null): number {
  let bottom = LANE_HEADER_HEIGHT
  for (const note of notes) {
    if (note.laneId === laneId && note.id !== exceptId) {
      bottom = Math.max(bottom, note.y + note.height)
    }
  }
  return bottom + STACK_GAP
}

/** Posts a note with its text to the end of a lane, without opening the canvas editor (the list). */
export async function postNote(
  session: BoardSession,
  laneId: string,
  text: string,
): Promise<string | null> {
  const lanes = session.lanes.get()
  const index = lanes.findIndex((lane) => lane.id === laneId)
  const notes = session.allNotes.get()
  const preferred = { x: 12, y: endOfLane(notes, laneId, null) }
  const size = { width: NOTE_WIDTH, height: NOTE_HEIGHT }
  const spot = freeSpotInLane(index, size, preferred, lanes, notes, null)
  return spot ? await createNoteIn(session, spot, text) : null
}

function noteById(session: BoardSession, noteId: string): Note | undefined {
  return session.allNotes.get().find((note) => note.id === noteId)
}

/**
 * Moves a note to another lane, at the end of that lane's notes (or beside where it was, from the
 * keyboard), and says so. False when it is not allowed (the reason is shown).
 */
export function moveNoteToLane(
  session: BoardSession,
  noteId: string,
  laneId: string,
  keepHeight = false,
): boolean {
  const note = noteById(session, noteId)
  const lanes = session.lanes.get()
  const index = lanes.findIndex((lane) => lane.id === laneId)
  if (!note || index === -1 || note.laneId === laneId) return false
  const refusal = changeRefusal(session, note, laneId)
  if (refusal) {
    explainRefusal(session, strings.notice.refused(refusal))
    return false
  }
  const preferredY = keepHeight ? note.y : endOfLane(session.allNotes.get(), laneId, note.id)
  const spot = freeSpotInLane(
    index,
    note,
    { x: note.x, y: preferredY },
    lanes,
    session.allNotes.get(),
    note.id,
  )
  if (!spot) return false
  startUndoStep(session)
  const moved = moveNoteTo(session, note, { x: laneLeft(index) + spot.x, y: spot.y }, true)
  if (moved) announce(session, strings.access.movedToLane(lanes[index]?.name ?? ''))
  return moved
}

/** Moves the focused note to the lane on its left (-1) or right (+1): the [ and ] keys. */
export function moveFocusedToNextLane(session: BoardSession, direction: -1 | 1): void {
  const note = focusedNote(session)
  if (!note) return
  const lanes = session.lanes.get()
  const index = lanes.findIndex((lane) => lane.id === note.laneId)
  const target = lanes[index === -1 ? lanes.length - 1 : index + direction]
  if (!target) return
  if (moveNoteToLane(session, note.id, target.id, true)) focusNote(session, note.id)
}

/** Moves the focused note by a canvas distance inside its lane (arrow keys while moving). */
export function nudgeFocused(session: BoardSession, dx: number, dy: number): void {
  const note = focusedNote(session)
  if (!note) return
  const rect = noteRect(note, session.lanes.get())
  moveNoteTo(session, note, { x: rect.x + dx, y: rect.y + dy }, true)
  revealNote(session, note.id)
}

/** Picks the focused note up (arrow keys move it) when this person may move it. */
export function startMoving(session: BoardSession): void {
  const note = focusedNote(session)
  if (!note || !session.canWrite) return
  const refusal = changeRefusal(session, note)
  if (refusal) {
    explainRefusal(session, strings.notice.refused(refusal))
    return
  }
  session.view.dispatch({ type: 'pickUp', noteIds: [note.id], by: 'keyboard' })
  // A thread being made goes first.
  if (!isMovingByKeyboard(session.view.interaction.get())) return
  startUndoStep(session)
  announce(session, strings.access.moving)
}

/** Puts the note down again. */
export function stopMoving(session: BoardSession): void {
  if (!isMovingByKeyboard(session.view.interaction.get())) return
  session.view.dispatch({ type: 'drop', by: 'keyboard' })
  startUndoStep(session)
  announce(session, strings.access.moved)
}

/** A note dragged by the pointer is picked up until it is let go (Konva moves it meanwhile). */
export function grabNote(session: BoardSession, noteId: string): void {
  session.view.dispatch({ type: 'pickUp', noteIds: [noteId], by: 'pointer' })
}

export function letGoOfNote(session: BoardSession): void {
  session.view.dispatch({ type: 'drop', by: 'pointer' })
}
