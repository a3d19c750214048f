import { findSector, focusTarget, readingOrder, type FocusStep, type Note } from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import { strings } from '../i18n/strings'
import { describeFocus } from './announce'
import { notesOnShow } from './round-filter'
import { select } from './selection-commands'
import { intersects, noteRect, visibleRect } from '../geometry/viewport-math'

const t = strings.access
/** Room kept around a note brought into view: more at the top, where the toolbar floats. */
const REVEAL_MARGIN_TOP_PX = 80
const REVEAL_MARGIN_PX = 16

/** The note keyboard focus is on (the selected note), if it is on show. */
export function focusedNote(session: BoardSession): Note | null {
  const selection = session.view.selection.get()
  if (selection?.kind !== 'note') return null
  return notesOnShow(session).find((note) => note.id === selection.id) ?? null
}

/** The lane name a note is in, as people read it. */
export function laneNameOf(session: BoardSession, note: Note): string {
  return session.lanes.get().find((lane) => lane.id === note.laneId)?.name ?? strings.lanes.unsorted
}

/** A note's text for a sentence: trimmed to a readable length, or "Empty note". */
export function shortText(note: Note): string {
  const text = note.text.trim().replace(/\s+/g, ' ')
  if (!text) return t.emptyNote
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/** Everything a screen reader user needs to know about a note, in one sentence. */
export function describeNote(session: BoardSession, note: Note): string {
  const inLane = readingOrder(notesOnShow(session), session.lanes.get()).filter(
    (other) => other.laneId === note.laneId,
  )
  const name = note.authorName ?? t.anonymous
  const sector = findSector(note.authorSector)?.name
  const threads = session.threads
    .get()
    .filter((thread) => thread.from === note.id || thread.to === note.id).length
  return t.noteDescription({
    text: shortText(note),
    author: sector ? `${name}, ${sector}` : name,
    lane: laneNameOf(session, note),
    position: inLane.findIndex((other) => other.id === note.id) + 1,
    total: inLane.length,
    threads,
    dots: session.myDots.get()?.noteIds.filter((id) => id === note.id).length ?? 0,
    isPrivate: session.drafts.has(note.id),
  })
}

/** Pans (keeping the zoom) so the note is on screen, when it is not already. */
export function revealNote(session: BoardSession, noteId: string): void {
  const note = session.allNotes.get().find((item) => item.id === noteId)
  if (!note) return
  const viewport = session.view.viewport.get()
  const screen = session.view.screenSize.get()
  if (screen.width === 0) return
  const margin = REVEAL_MARGIN_PX / viewport.scale
  const top = REVEAL_MARGIN_TOP_PX / viewport.scale
  const rect = noteRect(note, session.lanes.get())
  const visible = visibleRect(viewport, screen)
  const inner = {
    x: visible.x + margin,
    y: visible.y + top,
    width: visible.width - margin * 2,
    height: visible.height - margin - top,
  }
  const whole =
    rect.x >= inner.x &&
    rect.y >= inner.y &&
    rect.x + rect.width <= inner.x + inner.width &&
    rect.y + rect.height <= inner.y + inner.height
  if (whole || (intersects(rect, inner) && inner.width < rect.width)) return
  session.view.viewport.set({
    scale: viewport.scale,
    x: screen.width / 2 - (rect.x + rect.width / 2) * viewport.scale,
    y: screen.height / 2 - (rect.y + rect.height / 2) * viewport.scale,
  })
}

/** Puts keyboard focus on a note: selects it, brings it into view and says what it is. */
export function focusNote(session: BoardSession, noteId: string): void {
  select(session, { kind: 'note', id: noteId })
  revealNote(session, noteId)
  const note = session.allNotes.get().find((item) => item.id === noteId)
  if (note) describeFocus(session, describeNote(session, note))
}

/**
 * Moves keyboard focus one step between the notes on show. False when there is no note that way
 * (Tab then leaves the board, so focus is never trapped).
 */
export function stepFocus(session: BoardSession, step: FocusStep): boolean {
  const selection = session.view.selection.get()
  // From a thread, steps start at the note it comes from.
  const fromId =
    selection?.kind === 'note'
      ? selection.id
      : selection?.kind === 'thread'
        ? (session.threads.get().find((thread) => thread.id === selection.id)?.from ?? null)
        : null
  const target = focusTarget(notesOnShow(session), session.lanes.get(), fromId, step)
  if (!target) return false
  focusNote(session, target.id)
  return true
}

/** The board got keyboard focus: show the ring, and start on the first note if none is. */
export function enterBoard(session: BoardSession): void {
  session.view.focusVisible.set(true)
  const focused = focusedNote(session)
  if (focused) {
    describeFocus(session, describeNote(session, focused))
    return
  }
  if (!stepFocus(session, 'first')) describeFocus(session, t.noNotes)
}

/** Shows or hides the keyboard focus ring (hidden while the pointer is used). */
export function showFocusRing(session: BoardSession, visible: boolean): void {
  session.view.focusVisible.set(visible)
  // Using the pointer puts down a note picked up by the keys.
  if (!visible) session.view.dispatch({ type: 'drop', by: 'keyboard' })
}
