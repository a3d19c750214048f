import {
  createNote,
  deleteNote,
  editNoteText,
  moveNote,
  resizeNote,
  type Note,
} from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import { strings } from '../i18n/strings'
import { createsAnonymously, isMyAnonymousNote } from './anonymity'
import {
  changeAnonymousNote,
  deleteAnonymousNote,
  postAnonymousNote,
  whenShown,
} from './anonymous-commands'
import {
  changeRefusal,
  createRefusal,
  currentRoundId,
  docOfNote,
  explainRefusal,
  writesPrivately,
} from './note-policy'
import { placeNote, spotForNewNote, visibleLaneCentre } from '../geometry/note-placement'
import { select, startEditing, stopEditing } from './selection-commands'
import { visibleRect } from '../geometry/viewport-math'

function findNote(session: BoardSession, noteId: string): Note | undefined {
  return session.allNotes.get().find((note) => note.id === noteId)
}

/**
 * Opens a new note for typing (after `before`) once it is on this page: an anonymous one comes
 * back from the server.
 */
export function editWhenShown(session: BoardSession, noteId: string, before?: () => void): void {
  whenShown(session.allNotes, noteId, () => {
    before?.()
    startEditing(session, noteId)
  })
}

/**
 * Adds a note centred at canvas point `centre` (or at the nearest free spot, with
 * `avoidOverlap`) and opens it for typing. During a private round it goes to this person's
 * draft; during any round it is tagged with the round. Resolves to its id.
 */
export async function addNoteAt(
  session: BoardSession,
  centre: { x: number; y: number },
  avoidOverlap = false,
): Promise<string | null> {
  if (!session.canWrite) return null
  const spot = spotForNewNote(centre, session.lanes.get(), session.allNotes.get(), avoidOverlap)
  const id = spot ? await createNoteIn(session, spot) : null
  if (id) editWhenShown(session, id)
  return id
}

/**
 * Creates a note at a lane-relative spot with `text`, as this person (or anonymously, as they
 * chose or joined), in their draft during a private round and tagged with the running round. An
 * anonymous note on the board is written by the server (anonymity.ts): its id comes back before
 * the note itself reaches this page. Null when this person may not add a note there (the reason
 * is shown).
 */
export async function createNoteIn(
  session: BoardSession,
  spot: { laneId: string; x: number; y: number },
  text = '',
): Promise<string | null> {
  if (!session.canWrite) return null
  const refusal = createRefusal(session, spot.laneId)
  if (refusal) {
    explainRefusal(session, strings.notice.refused(refusal))
    return null
  }
  if (createsAnonymously(session)) return postAnonymousNote(session, spot, text)
  const doc = writesPrivately(session) ? session.drafts.doc() : session.roomDoc
  if (!doc) return null
  const anonymous = session.view.postAnonymously.get()
  const author = anonymous ? { ...session.author, name: null } : session.author
  session.undoManager.stopCapturing()
  const id = createNote(doc, { ...spot, text, roundId: currentRoundId(session) }, author)
  session.undoManager.stopCapturing()
  return id
}

/**
 * Adds a note where the person is looking: in their own sector's lane when it is on screen,
 * otherwise in the middle of the screen.
 */
export function addNoteInView(session: BoardSession): Promise<string | null> {
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

/** True when this person may change the note (for the canvas: draggable, editable...). */
export function canChangeNote(session: BoardSession, note: Note): boolean {
  return session.canWrite && changeRefusal(session, note) === null
}

/**
 * Moves a note so its top-left corner is at canvas `topLeft` (changing lane if needed); with
 * `settle` (at the end of a drag) it is also pulled fully inside its lane. A move into a lane this
 * person may not change is refused (the note goes back where it was). An anonymous note moves
 * only when it settles: the server writes it, once, where it was put.
 */
export function moveNoteTo(
  session: BoardSession,
  note: Note,
  topLeft: { x: number; y: number },
  settle = false,
): boolean {
  if (!session.canWrite) return false
  const anonymous = isMyAnonymousNote(session, note.id)
  if (anonymous && !settle) return false
  const place = placeNote(topLeft, note, session.lanes.get(), settle)
  const doc = docOfNote(session, note.id)
  if (!place || !doc) return false
  const refusal = changeRefusal(session, note, place.laneId)
  if (refusal) {
    if (settle) explainRefusal(session, strings.notice.refused(refusal))
    return false
  }
  if (!anonymous) return moveNote(doc, note.id, place)
  changeAnonymousNote(session, note.id, place)
  return true
}

function changeable(session: BoardSession, noteId: string) {
  const note = findNote(session, noteId)
  const doc = docOfNote(session, noteId)
  if (!session.canWrite || !note || !doc) return null
  const refusal = changeRefusal(session, note)
  if (refusal) {
    explainRefusal(session, strings.notice.refused(refusal))
    return null
  }
  return doc
}

/**
 * Changes a note's size; `settle` is false while the resize grip is still being dragged (an
 * anonymous note then waits for the end).
 */
export function resizeNoteTo(
  session: BoardSession,
  noteId: string,
  size: { width: number; height: number },
  settle = true,
): void {
  const anonymous = isMyAnonymousNote(session, noteId)
  if (anonymous && !settle) return
  const doc = changeable(session, noteId)
  if (!doc) return
  if (anonymous) changeAnonymousNote(session, noteId, size)
  else resizeNote(doc, noteId, size)
}

/**
 * Makes a note's text equal `text` (by the smallest change, so others' typing survives). The text
 * of an anonymous note goes to the server after a pause in `typing`, at once otherwise.
 */
export function editText(session: BoardSession, noteId: string, text: string, typing = true): void {
  const doc = changeable(session, noteId)
  if (!doc) return
  if (isMyAnonymousNote(session, noteId)) changeAnonymousNote(session, noteId, { text }, typing)
  else editNoteText(doc, noteId, text)
}

/** Deletes a note and its threads. */
export function removeNote(session: BoardSession, noteId: string): void {
  const doc = changeable(session, noteId)
  if (!doc) return
  const anonymous = isMyAnonymousNote(session, noteId)
  // What was typed in it goes with it: nothing to send first.
  if (anonymous) session.anonymous.writer.notes.discard(noteId)
  if (session.view.editingNoteId.get() === noteId) stopEditing(session)
  session.undoManager.stopCapturing()
  if (anonymous) deleteAnonymousNote(session, noteId)
  else deleteNote(doc, noteId)
  const selection = session.view.selection.get()
  if (selection?.id === noteId) select(session, null)
}
