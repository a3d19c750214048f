import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** True while the focused note is picked up to be moved with the arrow keys. */
export function useMoving(): boolean {
  return useStore(useSession().view.moving)
}
