import type { BoardSession } from '../session/board-session'
import type { RoomNavigator } from '../session/room-navigator'

/** Opens another room of the workshop (facilitators, or participants with free movement). */
export function visitRoom(navigator: RoomNavigator, roomId: string): void {
  navigator.visit(roomId)
}

/** Closes the "You're now in Room 3" notice. */
export function dismissArrival(navigator: RoomNavigator): void {
  navigator.arrival.set(null)
}

/** Closes the facilitators' broadcast message until a new one comes. */
export function dismissBroadcast(navigator: RoomNavigator, at: number): void {
  navigator.dismissedMessageAt.set(at)
}

/** Spreads the overview of every room over the board area (or puts it back in the panel). */
export function showFullOverview(session: BoardSession, full: boolean): void {
  session.view.overviewFull.set(full)
}
