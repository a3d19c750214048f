import { useLayoutEffect, useMemo, useRef } from 'react'
import type Konva from 'konva'
import { clampNoteSize, LANE_HEADER_HEIGHT, type Note } from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import { moveNoteTo, resizeNoteTo } from '../commands/note-commands'
import { startUndoStep } from '../commands/history-commands'
import { select } from '../commands/selection-commands'
import { grabNote, letGoOfNote } from '../commands/lane-moves'
import { throttle } from '../session/throttle'

/** While dragging, the note's position is written at most this often (others see it move). */
const DRAG_WRITE_INTERVAL_MS = 100
/** Notes stay below the lane headers. */
const MIN_NOTE_Y = LANE_HEADER_HEIGHT + 4

/** Konva drag handlers that move a note (and change its lane) as it is dragged. */
export function useNoteDrag(session: BoardSession, note: Note) {
  const noteRef = useRef(note)
  useLayoutEffect(() => {
    noteRef.current = note
  })
  return useMemo(() => {
    const write = throttle((topLeft: { x: number; y: number }) => {
      moveNoteTo(session, noteRef.current, topLeft)
    }, DRAG_WRITE_INTERVAL_MS)
    return {
      onDragStart(event: Konva.KonvaEventObject<DragEvent>) {
        if (event.target.name() !== 'note') return
        startUndoStep(session)
        select(session, { kind: 'note', id: noteRef.current.id })
        grabNote(session, noteRef.current.id)
      },
      onDragMove(event: Konva.KonvaEventObject<DragEvent>) {
        if (event.target.name() !== 'note') return
        write(event.target.position())
      },
      onDragEnd(event: Konva.KonvaEventObject<DragEvent>) {
        if (event.target.name() !== 'note') return
        write.cancel()
        moveNoteTo(session, noteRef.current, event.target.position(), true)
        startUndoStep(session)
        letGoOfNote(session)
      },
      dragBoundFunc(this: Konva.Node, position: Konva.Vector2d): Konva.Vector2d {
        const stage = this.getStage()
        if (!stage) return position
        return { x: position.x, y: Math.max(position.y, stage.y() + MIN_NOTE_Y * stage.scaleY()) }
      },
    }
  }, [session])
}

/** Konva drag handlers for the resize grip in a note's bottom-right corner. */
export function useNoteResize(session: BoardSession, noteId: string, gripSize: number) {
  return useMemo(() => {
    const write = throttle((size: { width: number; height: number }) => {
      resizeNoteTo(session, noteId, size, false)
    }, DRAG_WRITE_INTERVAL_MS)
    const sizeOf = (grip: Konva.Node) => ({
      width: grip.x() + gripSize,
      height: grip.y() + gripSize,
    })
    return {
      onMouseDown(event: Konva.KonvaEventObject<MouseEvent | TouchEvent>) {
        // Keep the press for the grip: the note itself must not start moving.
        event.cancelBubble = true
      },
      onDragStart(event: Konva.KonvaEventObject<DragEvent>) {
        event.cancelBubble = true
        startUndoStep(session)
      },
      onDragMove(event: Konva.KonvaEventObject<DragEvent>) {
        event.cancelBubble = true
        write(sizeOf(event.target))
      },
      onDragEnd(event: Konva.KonvaEventObject<DragEvent>) {
        event.cancelBubble = true
        write.cancel()
        const size = sizeOf(event.target)
        resizeNoteTo(session, noteId, size)
        startUndoStep(session)
        // Snap the grip back onto the corner when the size was clamped.
        event.target.position({
          x: clampNoteSize(size.width) - gripSize,
          y: clampNoteSize(size.height) - gripSize,
        })
      },
    }
  }, [session, noteId, gripSize])
}
