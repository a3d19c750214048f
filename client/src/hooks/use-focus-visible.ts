import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** True while the canvas has keyboard focus (the focused note shows a ring). */
export function useFocusVisible(): boolean {
  return useStore(useSession().view.focusVisible)
}
