import type Konva from 'konva'
import type { BoardSession } from '../session/board-session'
import { addNoteAt } from '../commands/note-commands'
import { isPicking, startConnecting } from '../commands/keyboard-connect'
import { screenToCanvas } from '../geometry/viewport-math'

/** How long a finger rests before it counts as a long press. */
const LONG_PRESS_MS = 550
/** A finger that moves further than this (screen pixels) is panning or dragging instead. */
const LONG_PRESS_SLOP_PX = 10
/** A short buzz when a long press is recognised, where the device can. */
const HAPTIC_MS = 15

/** Set on a stage where a long press just fired: the tap that ends it must not also select or close. */
const FIRED_ATTR = 'weaveLongPressFired'

/** True (once) when the tap being handled ends a long press; handlers then ignore the tap. */
export function endsLongPress(stage: Konva.Stage | null): boolean {
  if (!stage?.getAttr(FIRED_ATTR)) return false
  stage.setAttr(FIRED_ATTR, false)
  return true
}

/**
 * Long presses on touch screens: on empty lane space, a new note there (opened for typing); on a
 * note, connect mode (tap the note to connect it to, or empty space to cancel). Returns a function
 * that removes it.
 */
export function installLongPress(stage: Konva.Stage, session: BoardSession): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let start: { x: number; y: number } | null = null

  function cancel(): void {
    clearTimeout(timer)
    timer = undefined
    start = null
  }

  function fire(target: Konva.Node, at: { x: number; y: number }): void {
    cancel()
    if (!session.canWrite || isPicking(session)) return
    stage.setAttr(FIRED_ATTR, true)
    if (stage.isDragging()) stage.stopDrag()
    navigator.vibrate?.(HAPTIC_MS)
    const note = target === stage ? null : target.findAncestor('.note', true)
    if (note) {
      note.stopDrag()
      startConnecting(session, note.id())
      return
    }
    if (target !== stage) return
    const bounds = stage.container().getBoundingClientRect()
    const point = { x: at.x - bounds.left, y: at.y - bounds.top }
    void addNoteAt(session, screenToCanvas(session.view.viewport.get(), point), true)
  }

  function onStart(event: Konva.KonvaEventObject<TouchEvent>): void {
    stage.setAttr(FIRED_ATTR, false)
    const touches = event.evt.touches
    const touch = touches[0]
    if (touches.length !== 1 || !touch) return cancel()
    cancel()
    start = { x: touch.clientX, y: touch.clientY }
    const at = start
    const target = event.target
    timer = setTimeout(() => fire(target, at), LONG_PRESS_MS)
  }

  function onMove(event: Konva.KonvaEventObject<TouchEvent>): void {
    const touch = event.evt.touches[0]
    if (!start || !touch || event.evt.touches.length !== 1) return cancel()
    const moved = Math.hypot(touch.clientX - start.x, touch.clientY - start.y)
    if (moved > LONG_PRESS_SLOP_PX) cancel()
  }

  stage.on('touchstart.longpress', onStart)
  stage.on('touchmove.longpress', onMove)
  stage.on('touchend.longpress touchcancel.longpress', cancel)
  return () => {
    cancel()
    stage.off('.longpress')
  }
}
