import type { DisplayMode } from '../session/display-mode'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** Whether the board is shown as a canvas or as a list. */
export function useDisplayMode(): DisplayMode {
  return useStore(useSession().workshop.displayMode)
}
