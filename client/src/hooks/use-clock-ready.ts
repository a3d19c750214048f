import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** True once the server's clock has been measured, so countdowns show the right time. */
export function useClockReady(): boolean {
  return useStore(useSession().clock.ready)
}
