import type { ScreenSize } from '../geometry/viewport-math'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** The size of the canvas on screen. */
export function useScreenSize(): ScreenSize {
  return useStore(useSession().view.screenSize)
}
