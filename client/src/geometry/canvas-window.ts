import type { Lane, Note, Thread } from '@weave/shared'
import {
  intersects,
  noteRect,
  visibleRect,
  type Rect,
  type ScreenSize,
  type Viewport,
} from './viewport-math'

/**
 * The part of the canvas worth drawing: what is on screen plus a margin of half to one and a half
 * grid cells (a cell is about a quarter of the screen, a power of two in canvas units, so it
 * doubles or halves with the zoom). Small pans and zooms keep the
 * same window, so the same notes stay mounted and nothing is re-created while the view moves;
 * a 2,000-note board then draws a few dozen notes, not all of them (docs/benchmarks.md, BEN-M6).
 */
export function canvasWindow(viewport: Viewport, screen: ScreenSize): Rect {
  const seen = visibleRect(viewport, screen)
  const cell = 2 ** Math.round(Math.log2(Math.max(seen.width, seen.height, 1) / 4))
  const left = Math.floor(seen.x / cell - 0.5) * cell
  const top = Math.floor(seen.y / cell - 0.5) * cell
  const right = Math.ceil((seen.x + seen.width) / cell + 0.5) * cell
  const bottom = Math.ceil((seen.y + seen.height) / cell + 0.5) * cell
  return { x: left, y: top, width: right - left, height: bottom - top }
}

/** The notes inside `window`, plus those in `keep` (selected, edited, dragged) wherever they are. */
export function notesInWindow(
  notes: readonly Note[],
  lanes: readonly Lane[],
  window: Rect,
  keep: ReadonlySet<string>,
): readonly Note[] {
  return notes.filter((note) => keep.has(note.id) || intersects(noteRect(note, lanes), window))
}

/**
 * The threads worth drawing: those whose ends' bounding box meets `window` (a thread's curve
 * stays within its ends' box, give or take the sag, which the window's margin absorbs).
 */
export function threadsInWindow(
  threads: readonly Thread[],
  rects: ReadonlyMap<string, Rect>,
  window: Rect,
): readonly Thread[] {
  return threads.filter((thread) => {
    const from = rects.get(thread.from)
    const to = rects.get(thread.to)
    if (!from || !to) return false
    const x = Math.min(from.x, to.x)
    const y = Math.min(from.y, to.y)
    const box = {
      x,
      y,
      width: Math.max(from.x + from.width, to.x + to.width) - x,
      height: Math.max(from.y + from.height, to.y + to.height) - y,
    }
    return intersects(box, window)
  })
}
