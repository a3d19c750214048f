import { memo, useMemo } from 'react'
import { Layer } from './konva-nodes'
import { useThreads } from '../hooks/use-threads'
import { useVisibleNotes } from '../hooks/use-visible-notes'
import { useLanes } from '../hooks/use-lanes'
import { useSelection } from '../hooks/use-selection'
import { noteRect, type Rect } from '../geometry/viewport-math'
import { ThreadNode } from './ThreadNode'
import { useCanvasWindow } from '../hooks/use-canvas-window'
import { threadsInWindow } from '../geometry/canvas-window'
import { ThreadPreview } from './ThreadPreview'

/** The weaving threads, drawn under the notes, plus the one being drawn. */
export const ThreadsLayer = memo(function ThreadsLayer() {
  const threads = useThreads()
  const notes = useVisibleNotes()
  const lanes = useLanes()
  const selection = useSelection()
  const rects = useMemo(
    () => new Map<string, Rect>(notes.map((note) => [note.id, noteRect(note, lanes)])),
    [notes, lanes],
  )
  const area = useCanvasWindow()
  const shown = useMemo(() => threadsInWindow(threads, rects, area), [threads, rects, area])
  return (
    <Layer>
      {shown.map((thread) => {
        const from = rects.get(thread.from)
        const to = rects.get(thread.to)
        if (!from || !to) return null
        return (
          <ThreadNode
            key={thread.id}
            thread={thread}
            from={from}
            to={to}
            selected={selection?.kind === 'thread' && selection.id === thread.id}
          />
        )
      })}
      <ThreadPreview rects={rects} />
    </Layer>
  )
})
