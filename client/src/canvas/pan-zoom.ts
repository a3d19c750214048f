import type Konva from 'konva'
import type { BoardSession } from '../session/board-session'
import { panBy, setViewport, zoomBy } from '../commands/view-commands'

/** Follows the stage while it is dragged (panning): wire to the Stage's onDragMove and onDragEnd. */
export function followStageDrag(
  session: BoardSession,
  event: Konva.KonvaEventObject<DragEvent>,
): void {
  const stage = event.target
  if (stage !== stage.getStage()) return
  setViewport(session, { x: stage.x(), y: stage.y(), scale: stage.scaleX() })
}

/** Zoom speed for mouse wheels, per pixel of scroll. */
const WHEEL_ZOOM_PER_PX = 0.0015
/** Zoom speed for trackpad pinches (the browser reports them as ctrl+wheel with small deltas). */
const PINCH_ZOOM_PER_PX = 0.01
/** Firefox may report wheel deltas in lines; one line is about this many pixels. */
const PX_PER_LINE = 16

function touchDistance(a: Touch, b: Touch): number {
  return Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY)
}

/**
 * Pan and zoom: dragging empty space pans (the stage is draggable), the wheel zooms around the
 * pointer, and two fingers pinch-zoom and pan on touch screens. Returns a function that removes it.
 */
export function installPanZoom(stage: Konva.Stage, session: BoardSession): () => void {
  let pinch: { distance: number; centre: { x: number; y: number } } | null = null

  function onWheel(event: Konva.KonvaEventObject<WheelEvent>): void {
    event.evt.preventDefault()
    const pointer = stage.getPointerPosition()
    if (!pointer) return
    const pixels = event.evt.deltaMode === 1 ? event.evt.deltaY * PX_PER_LINE : event.evt.deltaY
    const speed = event.evt.ctrlKey ? PINCH_ZOOM_PER_PX : WHEEL_ZOOM_PER_PX
    zoomBy(session, Math.exp(-pixels * speed), pointer)
  }

  function onTouchMove(event: Konva.KonvaEventObject<TouchEvent>): void {
    const [a, b] = [event.evt.touches[0], event.evt.touches[1]]
    if (!a || !b) return
    event.evt.preventDefault()
    if (stage.isDragging()) stage.stopDrag()
    const bounds = stage.container().getBoundingClientRect()
    const centre = {
      x: (a.clientX + b.clientX) / 2 - bounds.left,
      y: (a.clientY + b.clientY) / 2 - bounds.top,
    }
    const distance = touchDistance(a, b)
    if (pinch && pinch.distance > 0) {
      panBy(session, centre.x - pinch.centre.x, centre.y - pinch.centre.y)
      zoomBy(session, distance / pinch.distance, centre)
    }
    pinch = { distance, centre }
  }

  function onTouchEnd(event: Konva.KonvaEventObject<TouchEvent>): void {
    if (event.evt.touches.length < 2) pinch = null
  }

  stage.on('wheel', onWheel)
  stage.on('touchmove', onTouchMove)
  stage.on('touchend touchcancel', onTouchEnd)
  return () => {
    stage.off('wheel', onWheel)
    stage.off('touchmove', onTouchMove)
    stage.off('touchend touchcancel', onTouchEnd)
  }
}
