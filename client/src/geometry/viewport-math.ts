import {
  LANE_GAP,
  LANE_HEADER_HEIGHT,
  LANE_WIDTH,
  laneLeft,
  noteCanvasPosition,
  type Lane,
  type Note,
} from '@weave/shared'

/** How the canvas is panned and zoomed: screen = canvas * scale + (x, y). */
export interface Viewport {
  readonly x: number
  readonly y: number
  readonly scale: number
}

/** The size of the canvas area on screen, in CSS pixels. */
export interface ScreenSize {
  readonly width: number
  readonly height: number
}

/** A rectangle in canvas coordinates. */
export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Zoom limits: far enough out to see a big board, close enough in to read small print. */
export const MIN_SCALE = 0.1
export const MAX_SCALE = 3
/** Each zoom button press or wheel notch changes the scale by this factor. */
export const ZOOM_STEP = 1.2
/** Breathing room around the content when fitting it on screen, in screen pixels. */
const FIT_PADDING_PX = 32
/** Room kept free at the top for the toolbar floating over the board. */
const FIT_TOP_PX = 84
/** Fitting never zooms in past this, so a near-empty board is not enormous. */
const FIT_MAX_SCALE = 1
/** An empty board still shows this much of the lanes' height. */
const MIN_CONTENT_HEIGHT = 640

/** Keeps a scale within the zoom limits. */
export function clampScale(scale: number): number {
  return Math.min(Math.max(scale, MIN_SCALE), MAX_SCALE)
}

/** Screen point (relative to the canvas element) to canvas point. */
export function screenToCanvas(viewport: Viewport, point: { x: number; y: number }) {
  return { x: (point.x - viewport.x) / viewport.scale, y: (point.y - viewport.y) / viewport.scale }
}

/** Canvas point to screen point (relative to the canvas element). */
export function canvasToScreen(viewport: Viewport, point: { x: number; y: number }) {
  return { x: point.x * viewport.scale + viewport.x, y: point.y * viewport.scale + viewport.y }
}

/** Zooms to `scale`, keeping the canvas point under the screen point `anchor` where it is. */
export function zoomAround(
  viewport: Viewport,
  anchor: { x: number; y: number },
  scale: number,
): Viewport {
  const next = clampScale(scale)
  const canvas = screenToCanvas(viewport, anchor)
  return { scale: next, x: anchor.x - canvas.x * next, y: anchor.y - canvas.y * next }
}

/** The part of the canvas that is on screen. */
export function visibleRect(viewport: Viewport, screen: ScreenSize): Rect {
  const topLeft = screenToCanvas(viewport, { x: 0, y: 0 })
  return {
    x: topLeft.x,
    y: topLeft.y,
    width: screen.width / viewport.scale,
    height: screen.height / viewport.scale,
  }
}

/** Where a note is drawn on the canvas. */
export function noteRect(note: Note, lanes: readonly Lane[]): Rect {
  const position = noteCanvasPosition(note, lanes)
  return { ...position, width: note.width, height: note.height }
}

/** The smallest rectangle holding every lane header and every note. */
export function contentBounds(lanes: readonly Lane[], notes: readonly Note[]): Rect {
  let right = lanes.length > 0 ? laneLeft(lanes.length) - LANE_GAP : LANE_WIDTH
  let bottom = MIN_CONTENT_HEIGHT
  let left = 0
  let top = 0
  for (const note of notes) {
    const rect = noteRect(note, lanes)
    left = Math.min(left, rect.x)
    top = Math.min(top, rect.y)
    right = Math.max(right, rect.x + rect.width)
    bottom = Math.max(bottom, rect.y + rect.height + LANE_HEADER_HEIGHT)
  }
  return { x: left, y: top, width: right - left, height: bottom - top }
}

/** The viewport that shows `bounds` whole and centred. */
export function fitViewport(bounds: Rect, screen: ScreenSize): Viewport {
  const width = Math.max(screen.width - FIT_PADDING_PX * 2, 1)
  const height = Math.max(screen.height - FIT_PADDING_PX - FIT_TOP_PX, 1)
  const scale = clampScale(Math.min(width / bounds.width, height / bounds.height, FIT_MAX_SCALE))
  return {
    scale,
    x: (screen.width - bounds.width * scale) / 2 - bounds.x * scale,
    // Content starts at the top: people read lanes from their headers down.
    y: FIT_TOP_PX - bounds.y * scale,
  }
}

/** True when two rectangles overlap. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/**
 * Like fitViewport, but never smaller than `minScale` so text stays readable; when the content
 * is too wide for that, the view is centred on canvas x `focusX` instead.
 */
export function readableFitViewport(
  bounds: Rect,
  screen: ScreenSize,
  minScale: number,
  focusX: number,
): Viewport {
  const fitted = fitViewport(bounds, screen)
  if (fitted.scale >= minScale) return fitted
  const scale = minScale
  const x = screen.width / 2 - focusX * scale
  // Do not scroll past the content's left edge, nor leave empty space after its right edge.
  const leftLimit = FIT_PADDING_PX - bounds.x * scale
  const rightLimit = screen.width - FIT_PADDING_PX - (bounds.x + bounds.width) * scale
  return {
    scale,
    x: Math.min(Math.max(x, rightLimit), leftLimit),
    y: FIT_TOP_PX - bounds.y * scale,
  }
}
