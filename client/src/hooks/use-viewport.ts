import type { Viewport } from '../session/view-state'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** How the canvas is panned and zoomed. */
export function useViewport(): Viewport {
  return useStore(useSession().view.viewport)
}
