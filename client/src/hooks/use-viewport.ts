import type { Viewport } from '../geometry/viewport-math'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** How the canvas is panned and zoomed. */
export function useViewport(): Viewport {
  return useStore(useSession().view.viewport)
}
