import { useEffect, useState } from 'react'
import type { RoomSnapshot } from '../session/overview-session'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** Every open room, live; connects to the rooms while the calling component is mounted. */
export function useOverview(): ReadonlyMap<string, RoomSnapshot> {
  return useStore(useSession().workshop.overview)
}

/** The local time, refreshed every `intervalMs` (for "in the last minute" and quiet rooms). */
export function useNowEvery(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}

/** True while the overview is spread over the board area. */
export function useOverviewFull(): boolean {
  return useStore(useSession().view.overviewFull)
}
