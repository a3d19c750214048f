import type Konva from 'konva'
import type { Note, Thread } from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import { canvasToScreen, noteRect } from '../commands/viewport-math'

/** What the browser tests (and curious developers) can reach as `window.__weave`. */
export interface WeaveDebugHandle {
  readonly stage: () => Konva.Stage
  readonly notes: () => readonly Note[]
  readonly threads: () => readonly Thread[]
  /** Where a note is drawn, in canvas coordinates; null when it is not on the board. */
  readonly notePosition: (
    noteId: string,
  ) => { x: number; y: number; width: number; height: number } | null
  /** A canvas point in page coordinates (for clicking and dragging in tests). */
  readonly canvasToScreen: (x: number, y: number) => { x: number; y: number }
}

declare global {
  interface Window {
    __weave?: WeaveDebugHandle
  }
}

/** Exposes the board to tests; returns a function that removes it again. */
export function installDebugHandle(stage: Konva.Stage, session: BoardSession): () => void {
  const handle: WeaveDebugHandle = {
    stage: () => stage,
    notes: () => session.notes.get(),
    threads: () => session.threads.get(),
    notePosition(noteId) {
      const note = session.notes.get().find((item) => item.id === noteId)
      return note ? noteRect(note, session.lanes.get()) : null
    },
    canvasToScreen(x, y) {
      const bounds = stage.container().getBoundingClientRect()
      const point = canvasToScreen(session.view.viewport.get(), { x, y })
      return { x: bounds.left + window.scrollX + point.x, y: bounds.top + window.scrollY + point.y }
    },
  }
  window.__weave = handle
  return () => {
    if (window.__weave === handle) delete window.__weave
  }
}
