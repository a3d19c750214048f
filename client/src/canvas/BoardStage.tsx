import { useEffect, useRef, useState } from 'react'
import type Konva from 'konva'
import { Stage } from 'react-konva'
import { useSession } from '../session/session-context'
import { useViewport } from '../hooks/use-viewport'
import { useScreenSize } from '../hooks/use-screen-size'
import { useEverSynced } from '../hooks/use-ever-synced'
import { setScreenSize, showBoardOnOpen } from '../commands/view-commands'
import { strings } from '../ui/strings'
import { LanesLayer } from './LanesLayer'
import { ThreadsLayer } from './ThreadsLayer'
import { NotesLayer } from './NotesLayer'
import { CursorsLayer } from './CursorsLayer'
import { followStageDrag, installPanZoom } from './pan-zoom'
import { installBoardPointer } from './board-pointer'
import { installDebugHandle } from './debug-handle'
import { useFitOnOpen } from './use-fit-on-open'

/** The board canvas: one Konva stage filling its container, panned and zoomed by the viewport. */
export function BoardStage() {
  const session = useSession()
  const viewport = useViewport()
  const screen = useScreenSize()
  const containerRef = useRef<HTMLDivElement>(null)
  const [stage, setStage] = useState<Konva.Stage | null>(null)

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
    if (!stage) return
    const removers = [
      installPanZoom(stage, session),
      installBoardPointer(stage, session),
      installDebugHandle(stage, session),
    ]
    return () => removers.forEach((remove) => remove())
  }, [stage, session])

  useFitOnOpen(session, screen, useEverSynced(), showBoardOnOpen)

  return (
    <div
      ref={containerRef}
      className="board-canvas"
      role="application"
      aria-label={strings.board.canvasLabel}
    >
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
