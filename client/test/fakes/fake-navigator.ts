import type { BoardSession } from '../../src/session/board-session'
import type { Arrival, RoomNavigator } from '../../src/session/room-navigator'
import { createValueStore } from '../../src/session/store'

/** A room navigator over one open session that records the rooms it was asked to open. */
export function fakeNavigator(
  session: BoardSession,
): RoomNavigator & { readonly visits: string[] } {
  const visits: string[] = []
  return {
    session: createValueStore(session),
    arrival: createValueStore<Arrival | null>(null),
    dismissedMessageAt: createValueStore<number | null>(null),
    visit: (roomId) => void visits.push(roomId),
    destroy: () => undefined,
    visits,
  }
}
