import type { Breakout, RoomEntry } from '@weave/shared'
import type { Arrival } from '../session/room-navigator'
import { useNavigator, useSession } from '../session/session-context'
import { useStore } from './use-store'

/** The workshop's rooms, main room first (closed ones included), live. */
export function useRooms(): readonly RoomEntry[] {
  return useStore(useSession().control.rooms)
}

/** The room this page has open, with its live name. */
export function useCurrentRoom(): { readonly id: string; readonly name: string; main: boolean } {
  const session = useSession()
  const rooms = useRooms()
  const entry = rooms.find((room) => room.id === session.roomId)
  const known = session.info.rooms.find((room) => room.roomId === session.roomId)
  const main = entry ? entry.position === 0 : session.info.rooms[0]?.roomId === session.roomId
  return { id: session.roomId, name: entry?.name ?? known?.name ?? '', main }
}

/** Whether breakouts are open, free movement, and the facilitators' message. */
export function useBreakout(): Breakout {
  return useStore(useSession().control.breakout)
}

/** participantId → roomId. */
export function useAssignments(): Readonly<Record<string, string>> {
  return useStore(useSession().control.assignments)
}

/** The last move this person did not choose themselves, until dismissed. */
export function useArrival(): Arrival | null {
  return useStore(useNavigator().arrival)
}

/** The `at` of the broadcast message this person dismissed last. */
export function useDismissedMessageAt(): number | null {
  return useStore(useNavigator().dismissedMessageAt)
}

/** The notes picked for the next harvest, in any room. */
export function useHarvestPicks(): readonly { roomId: string; noteId: string }[] {
  return useStore(useSession().workshop.harvestPicks)
}
