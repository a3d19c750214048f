import { LANE_WIDTH, laneLeft } from '@weave/shared'
import {
  contentBounds,
  fitViewport,
  readableFitViewport,
  zoomAround,
  ZOOM_STEP,
  type ScreenSize,
  type Viewport,
} from '../geometry/viewport-math'
import type { BoardSession } from '../session/board-session'

/** When the board opens, it is shown at least this large so notes can be read. */
const OPENING_MIN_SCALE = 0.7

/** The person moved the view themselves: they no longer follow the facilitator's. */
function movedByHand(session: BoardSession): void {
  session.view.following.set(false)
}

/** Sets the pan and zoom (the person panned). */
export function setViewport(session: BoardSession, viewport: Viewport): void {
  movedByHand(session)
  session.view.viewport.set(viewport)
}

/** Moves the view by a screen distance. */
export function panBy(session: BoardSession, dx: number, dy: number): void {
  movedByHand(session)
  const viewport = session.view.viewport.get()
  session.view.viewport.set({ ...viewport, x: viewport.x + dx, y: viewport.y + dy })
}

/** Zooms by `factor` around a screen point (the screen centre by default). */
export function zoomBy(
  session: BoardSession,
  factor: number,
  anchor?: { x: number; y: number },
): void {
  movedByHand(session)
  const viewport = session.view.viewport.get()
  const screen = session.view.screenSize.get()
  const point = anchor ?? { x: screen.width / 2, y: screen.height / 2 }
  session.view.viewport.set(zoomAround(viewport, point, viewport.scale * factor))
}

/** One step in. */
export function zoomIn(session: BoardSession): void {
  zoomBy(session, ZOOM_STEP)
}

/** One step out. */
export function zoomOut(session: BoardSession): void {
  zoomBy(session, 1 / ZOOM_STEP)
}

/** Shows every lane and note on screen. */
export function fitToContent(session: BoardSession): void {
  const screen = session.view.screenSize.get()
  if (screen.width === 0 || screen.height === 0) return
  movedByHand(session)
  const bounds = contentBounds(session.lanes.get(), session.allNotes.get())
  session.view.viewport.set(fitViewport(bounds, screen))
}

/** Records the size of the canvas on screen. */
export function setScreenSize(session: BoardSession, size: ScreenSize): void {
  session.view.screenSize.set(size)
}

/**
 * The first view of a board: everything when it fits at a readable size, otherwise readable and
 * centred on this person's own sector lane (or the first lane).
 */
export function showBoardOnOpen(session: BoardSession): void {
  const screen = session.view.screenSize.get()
  if (screen.width === 0 || screen.height === 0) return
  const lanes = session.lanes.get()
  const bounds = contentBounds(lanes, session.notes.get())
  const own = lanes.findIndex(
    (lane) => lane.sectorId !== null && lane.sectorId === session.author.sector,
  )
  const focusX = laneLeft(Math.max(own, 0)) + LANE_WIDTH / 2
  session.view.viewport.set(readableFitViewport(bounds, screen, OPENING_MIN_SCALE, focusX))
}
