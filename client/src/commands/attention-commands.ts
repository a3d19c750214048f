import { setAttention, type Attention, type Viewport as SharedView } from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import { noteRect, type Viewport } from '../geometry/viewport-math'

/** This person's view as others receive it: the canvas point at the top-left and the zoom. */
export function toSharedView(viewport: Viewport): SharedView {
  return { x: -viewport.x / viewport.scale, y: -viewport.y / viewport.scale, scale: viewport.scale }
}

/** A shared view as this screen's pan and zoom (same top-left corner, same zoom). */
export function fromSharedView(view: SharedView): Viewport {
  return { x: -view.x * view.scale, y: -view.y * view.scale, scale: view.scale }
}

function change(session: BoardSession, partial: Partial<Attention>): void {
  if (session.info.role === 'facilitator') setAttention(session.controlDoc, partial)
}

/** Dims every note but this one for everyone (null clears it). */
export function spotlight(session: BoardSession, noteId: string | null): void {
  change(session, { spotlight: noteId })
}

/** Starts or stops leading: everyone else's view follows this facilitator's. */
export function followMe(session: BoardSession, on: boolean): void {
  const name = session.author.name ?? 'the facilitator'
  change(session, { follow: on ? { participantId: session.info.participantId, name } : null })
}

/** Brings everyone, once, to what this facilitator sees now. */
export function summonEveryone(session: BoardSession): void {
  const viewport = toSharedView(session.view.viewport.get())
  change(session, { summon: { viewport, at: session.clock.now() } })
}

/** Hides (or shows again) everyone's cursors, for quiet reflection. */
export function hideCursors(session: BoardSession, hidden: boolean): void {
  change(session, { hideCursors: hidden })
}

/** Locks (or unlocks) the whole board for participants. */
export function lockBoard(session: BoardSession, locked: boolean): void {
  change(session, { boardLocked: locked })
}

/** Follows the leading facilitator again after looking around on one's own. */
export function followAgain(session: BoardSession): void {
  session.view.following.set(true)
}

/** Stops following the leading facilitator. */
export function stopFollowing(session: BoardSession): void {
  session.view.following.set(false)
}

/** Centres the view on a note, keeping the zoom. */
export function centreOnNote(session: BoardSession, noteId: string): void {
  const note = session.allNotes.get().find((item) => item.id === noteId)
  if (!note) return
  const rect = noteRect(note, session.lanes.get())
  const { scale } = session.view.viewport.get()
  const screen = session.view.screenSize.get()
  session.view.viewport.set({
    scale,
    x: screen.width / 2 - (rect.x + rect.width / 2) * scale,
    y: screen.height / 2 - (rect.y + rect.height / 2) * scale,
  })
}
