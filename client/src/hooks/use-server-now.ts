import { useEffect, useState } from 'react'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** How often a ticking clock re-renders; under a second so mm:ss never skips a beat. */
const TICK_MS = 200

/** The server's time, estimated, ticking while `ticking` (for countdowns). */
export function useServerNow(ticking: boolean): number {
  const { clock } = useSession()
  // Re-render when the offset estimate improves, too.
  useStore(clock.offset)
  const [, setTick] = useState(0)
  useEffect(() => {
    if (!ticking) return
    const timer = setInterval(() => setTick((tick) => tick + 1), TICK_MS)
    return () => clearInterval(timer)
  }, [ticking])
  return clock.now()
}
