import type { ScreenSize } from '../session/view-state'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** The size of the canvas on screen. */
export function useScreenSize(): ScreenSize {
  return useStore(useSession().view.screenSize)
}
