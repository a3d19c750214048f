import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type Konva from 'konva'
import { Stage } from './konva-nodes'
import { useSession } from '../session/session-context'
import { useViewport } from '../hooks/use-viewport'
import { useScreenSize } from '../hooks/use-screen-size'
import { useEverSynced } from '../hooks/use-ever-synced'
import { setScreenSize, showBoardOnOpen } from '../commands/view-commands'
import { enterBoard, showFocusRing } from '../commands/keyboard-focus'
import { strings } from '../i18n/strings'
import { LanesLayer } from './LanesLayer'
import { ThreadsLayer } from './ThreadsLayer'
import { NotesLayer } from './NotesLayer'
import { CursorsLayer } from './CursorsLayer'
import { followStageDrag, installPanZoom } from './pan-zoom'
import { installBoardPointer } from './board-pointer'
import { installLongPress } from './long-press'
import { handleBoardKey } from './board-keys'
import { BOARD_CANVAS_ID } from './board-focus'
import { useFitOnOpen } from './use-fit-on-open'

/** Focus arriving this soon after a press on the canvas came from the pointer, not the keyboard. */
const POINTER_FOCUS_MS = 1_000

/**
 * The board canvas: one Konva stage filling its container, panned and zoomed by the viewport.
 * The container takes keyboard focus (Tab) and answers the board's keys; `onStage` hears about
 * the Konva stage as it comes and goes.
 */
export function BoardStage(props: { onStage?: (stage: Konva.Stage | null) => void }) {
  const session = useSession()
  const viewport = useViewport()
  const screen = useScreenSize()
  const containerRef = useRef<HTMLDivElement>(null)
  const pointerAt = useRef(-Infinity)
  const [stage, setStage] = useState<Konva.Stage | null>(null)
  const { onStage } = props

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return
      const { width, height } = entry.contentRect
      setScreenSize(session, { width: Math.floor(width), height: Math.floor(height) })
    })
    observer.observe(container)
    return () => observer.disconnect()
  }, [session])

  useEffect(() => {
    onStage?.(stage)
    if (!stage) return
    const removers = [
      installPanZoom(stage, session),
      installBoardPointer(stage, session),
      installLongPress(stage, session),
    ]
    return () => {
      removers.forEach((remove) => remove())
      onStage?.(null)
    }
  }, [stage, session, onStage])

  useFitOnOpen(session, screen, useEverSynced(), showBoardOnOpen)

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.target !== event.currentTarget) return
    if (handleBoardKey(session, event.nativeEvent)) event.preventDefault()
  }

  return (
    <div
      ref={containerRef}
      id={BOARD_CANVAS_ID}
      className="board-canvas"
      role="application"
      tabIndex={0}
      aria-label={strings.board.canvasLabel}
      aria-describedby="board-canvas-help"
      onKeyDown={onKeyDown}
      onPointerDown={() => {
        pointerAt.current = performance.now()
        showFocusRing(session, false)
      }}
      onFocus={(event) => {
        if (event.target !== event.currentTarget) return
        // Focus from a click or tap is not keyboard focus: no ring, no jump to the first note.
        if (performance.now() - pointerAt.current > POINTER_FOCUS_MS) enterBoard(session)
      }}
      onBlur={(event) => {
        if (event.target === event.currentTarget) showFocusRing(session, false)
      }}
    >
      <p id="board-canvas-help" className="visually-hidden">
        {strings.access.canvasHelp}
      </p>
      {screen.width > 0 && screen.height > 0 && (
        <Stage
          ref={setStage}
          width={screen.width}
          height={screen.height}
          x={viewport.x}
          y={viewport.y}
          scaleX={viewport.scale}
          scaleY={viewport.scale}
          draggable
          onDragMove={(event) => followStageDrag(session, event)}
          onDragEnd={(event) => followStageDrag(session, event)}
        >
          <LanesLayer />
          <ThreadsLayer />
          <NotesLayer />
          <CursorsLayer />
        </Stage>
      )}
    </div>
  )
}
