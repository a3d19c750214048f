import type Konva from 'konva'
import type { BoardSession } from '../session/board-session'
import { addNoteAt } from '../commands/note-commands'
import { setCursor } from '../commands/presence-commands'
import { select, stopEditing } from '../commands/selection-commands'
import { cancelConnecting, isPicking } from '../commands/keyboard-connect'
import { endsLongPress } from './long-press'

/**
 * The board's own pointer behaviour: double-click (or double-tap) on empty space adds a note
 * there, a click on empty space clears the selection (or leaves connect mode), and the pointer is
 * shared as a cursor.
 */
export function installBoardPointer(stage: Konva.Stage, session: BoardSession): () => void {
  function onEmptyDouble(event: Konva.KonvaEventObject<MouseEvent | TouchEvent>): void {
    if (event.target !== stage) return
    const point = stage.getRelativePointerPosition()
    if (point) void addNoteAt(session, point)
  }

  function onEmptyClick(event: Konva.KonvaEventObject<MouseEvent | TouchEvent>): void {
    if (event.target !== stage || endsLongPress(stage)) return
    if (isPicking(session)) {
      cancelConnecting(session)
      return
    }
    stopEditing(session)
    select(session, null)
  }

  function onMove(): void {
    const point = stage.getRelativePointerPosition()
    if (point) setCursor(session, point)
  }

  function onLeave(): void {
    setCursor(session, null)
  }

  stage.on('dblclick dbltap', onEmptyDouble)
  stage.on('click tap', onEmptyClick)
  stage.on('mousemove', onMove)
  stage.on('mouseleave', onLeave)
  return () => {
    stage.off('dblclick dbltap', onEmptyDouble)
    stage.off('click tap', onEmptyClick)
    stage.off('mousemove', onMove)
    stage.off('mouseleave', onLeave)
  }
}
