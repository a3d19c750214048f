import type { BoardSession } from '../session/board-session'
import type { DisplayMode } from '../session/display-mode'

/** Shows the board as a canvas or as a list (remembered in this browser). */
export function setDisplayMode(session: BoardSession, mode: DisplayMode): void {
  session.view.dispatch({ type: 'cancel' })
  session.workshop.displayMode.set(mode)
  // A choice made: the notice about opening as a list has done its job.
  session.workshop.slowLinkNotice.set(false)
}
