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

/** Stops every drag on the stage (the stage itself, or a note a first finger picked up). */
function stopDrags(stage: Konva.Stage): void {
  if (stage.isDragging()) stage.stopDrag()
  for (const note of stage.find('.note')) if (note.isDragging()) note.stopDrag()
}

/**
 * Pan and zoom: dragging empty space pans (the stage is draggable), the wheel zooms around the
 * pointer, and two fingers pinch-zoom and pan on touch screens. Returns a function that removes it.
 * Fingers are read from the DOM's touch events: Konva reports only the first move of a second
 * finger.
 */
export function installPanZoom(stage: Konva.Stage, session: BoardSession): () => void {
  const container = stage.container()
  let pinch: { distance: number; centre: { x: number; y: number } } | null = null

  function onWheel(event: Konva.KonvaEventObject<WheelEvent>): void {
    event.evt.preventDefault()
    const pointer = stage.getPointerPosition()
    if (!pointer) return
    const pixels = event.evt.deltaMode === 1 ? event.evt.deltaY * PX_PER_LINE : event.evt.deltaY
    const speed = event.evt.ctrlKey ? PINCH_ZOOM_PER_PX : WHEEL_ZOOM_PER_PX
    zoomBy(session, Math.exp(-pixels * speed), pointer)
  }

  function twoFingers(event: TouchEvent) {
    const [a, b] = [event.touches[0], event.touches[1]]
    if (!a || !b) return null
    const bounds = container.getBoundingClientRect()
    return {
      distance: touchDistance(a, b),
      centre: {
        x: (a.clientX + b.clientX) / 2 - bounds.left,
        y: (a.clientY + b.clientY) / 2 - bounds.top,
      },
    }
  }

  function onTouchStart(event: TouchEvent): void {
    pinch = twoFingers(event)
    if (pinch) stopDrags(stage)
  }

  function onTouchMove(event: TouchEvent): void {
    const next = twoFingers(event)
    if (!next) return
    event.preventDefault()
    stopDrags(stage)
    if (pinch && pinch.distance > 0) {
      panBy(session, next.centre.x - pinch.centre.x, next.centre.y - pinch.centre.y)
      zoomBy(session, next.distance / pinch.distance, next.centre)
    }
    pinch = next
  }

  function onTouchEnd(event: TouchEvent): void {
    pinch = twoFingers(event)
  }

  stage.on('wheel', onWheel)
  container.addEventListener('touchstart', onTouchStart, { passive: true })
  container.addEventListener('touchmove', onTouchMove, { passive: false })
  container.addEventListener('touchend', onTouchEnd)
  container.addEventListener('touchcancel', onTouchEnd)
  return () => {
    stage.off('wheel', onWheel)
    container.removeEventListener('touchstart', onTouchStart)
    container.removeEventListener('touchmove', onTouchMove)
    container.removeEventListener('touchend', onTouchEnd)
    container.removeEventListener('touchcancel', onTouchEnd)
  }
}
