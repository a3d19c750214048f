import type Konva from 'konva'
import type { BoardSession } from '../session/board-session'
import { cancelThread, drawThreadTo, finishThread } from '../commands/draft-commands'
import { screenToCanvas } from '../geometry/viewport-math'

/**
 * Drawing a thread: from pressing a note's handle, the preview follows the pointer anywhere on
 * the page; releasing over another note weaves the thread, Escape or releasing elsewhere cancels.
 */
export function beginThreadDrawing(
  session: BoardSession,
  stage: Konva.Stage,
  fromId: string,
  start: { clientX: number; clientY: number },
): void {
  const container = stage.container()

  function toCanvas(event: { clientX: number; clientY: number }) {
    const bounds = container.getBoundingClientRect()
    return screenToCanvas(session.view.viewport.get(), {
      x: event.clientX - bounds.left,
      y: event.clientY - bounds.top,
    })
  }

  function onMove(event: PointerEvent): void {
    drawThreadTo(session, fromId, toCanvas(event))
  }

  function onUp(event: PointerEvent): void {
    drawThreadTo(session, fromId, toCanvas(event))
    stop()
    void finishThread(session)
  }

  function onKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return
    stop()
    cancelThread(session)
  }

  function stop(): void {
    window.removeEventListener('pointermove', onMove)
    window.removeEventListener('pointerup', onUp)
    window.removeEventListener('pointercancel', onCancel)
    window.removeEventListener('keydown', onKey)
  }

  function onCancel(): void {
    stop()
    cancelThread(session)
  }

  window.addEventListener('pointermove', onMove)
  window.addEventListener('pointerup', onUp)
  window.addEventListener('pointercancel', onCancel)
  window.addEventListener('keydown', onKey)
  drawThreadTo(session, fromId, toCanvas(start))
}

/** The client position of a Konva mouse or touch event. */
export function clientPointOf(event: MouseEvent | TouchEvent): {
  clientX: number
  clientY: number
} {
  if ('touches' in event) {
    const touch = event.touches[0] ?? event.changedTouches[0]
    return { clientX: touch?.clientX ?? 0, clientY: touch?.clientY ?? 0 }
  }
  return { clientX: event.clientX, clientY: event.clientY }
}
