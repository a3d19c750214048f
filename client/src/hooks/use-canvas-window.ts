import { useMemo } from 'react'
import { canvasWindow } from '../geometry/canvas-window'
import type { Rect } from '../geometry/viewport-math'
import { useScreenSize } from './use-screen-size'
import { useViewport } from './use-viewport'

/** The canvas area worth drawing now; the same object while the snapped window does not move. */
export function useCanvasWindow(): Rect {
  const { x, y, width, height } = canvasWindow(useViewport(), useScreenSize())
  return useMemo(() => ({ x, y, width, height }), [x, y, width, height])
}
