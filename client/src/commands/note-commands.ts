import {
  createNote,
  deleteNote,
  editNoteText,
  moveNote,
  resizeNote,
  type Note,
} from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import { placeNote, spotForNewNote, visibleLaneCentre } from './note-placement'
import { select, startEditing, stopEditing } from './selection-commands'
import { visibleRect } from './viewport-math'

/**
 * Adds a note centred at canvas point `centre` (or at the nearest free spot, with
 * `avoidOverlap`) and opens it for typing. Returns its id.
 */
export function addNoteAt(
  session: BoardSession,
  centre: { x: number; y: number },
  avoidOverlap = false,
): string | null {
  if (!session.canWrite) return null
  const spot = spotForNewNote(centre, session.lanes.get(), session.notes.get(), avoidOverlap)
  if (!spot) return null
  session.undoManager.stopCapturing()
  const id = createNote(session.roomDoc, spot, session.author)
  session.undoManager.stopCapturing()
  startEditing(session, id)
  return id
}

/**
 * Adds a note where the person is looking: in their own sector's lane when it is on screen,
 * otherwise in the middle of the screen.
 */
export function addNoteInView(session: BoardSession): string | null {
  const visible = visibleRect(session.view.viewport.get(), session.view.screenSize.get())
  const lanes = session.lanes.get()
  const ownLane = lanes.findIndex(
    (lane) => lane.sectorId !== null && lane.sectorId === session.author.sector,
  )
  const inOwnLane = ownLane === -1 ? null : visibleLaneCentre(ownLane, visible)
  const centre = inOwnLane ?? {
    x: visible.x + visible.width / 2,
    y: visible.y + visible.height / 2,
  }
  return addNoteAt(session, centre, true)
}

/**
 * Moves a note so its top-left corner is at canvas `topLeft` (changing lane if needed); with
 * `settle` (at the end of a drag) it is also pulled fully inside its lane.
 */
export function moveNoteTo(
  session: BoardSession,
  note: Pick<Note, 'id' | 'width' | 'height'>,
  topLeft: { x: number; y: number },
  settle = false,
): void {
  if (!session.canWrite) return
  const place = placeNote(topLeft, note, session.lanes.get(), settle)
  if (place) moveNote(session.roomDoc, note.id, place)
}

/** Changes a note's size. */
export function resizeNoteTo(
  session: BoardSession,
  noteId: string,
  size: { width: number; height: number },
): void {
  if (!session.canWrite) return
  resizeNote(session.roomDoc, noteId, size)
}

/** Makes a note's text equal `text` (by the smallest change, so others' typing survives). */
export function editText(session: BoardSession, noteId: string, text: string): void {
  if (!session.canWrite) return
  editNoteText(session.roomDoc, noteId, text)
}

/** Deletes a note and its threads. */
export function removeNote(session: BoardSession, noteId: string): void {
  if (!session.canWrite) return
  if (session.view.editingNoteId.get() === noteId) stopEditing(session)
  session.undoManager.stopCapturing()
  deleteNote(session.roomDoc, noteId)
  const selection = session.view.selection.get()
  if (selection?.id === noteId) select(session, null)
}
