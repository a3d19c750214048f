/**
 * The shape of a weaving thread: one definition for the live canvas and the SVG export, so an
 * exported board looks like the live one.
 */

/** A point in canvas coordinates. */
export interface Point {
  readonly x: number
  readonly y: number
}

/** A rectangle in canvas coordinates. */
export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** A cubic bezier curve: start, two control points, end. */
export interface Curve {
  readonly start: Point
  readonly c1: Point
  readonly c2: Point
  readonly end: Point
}

/** How far the curve's control points reach out, relative to the distance between its ends. */
const BEND = 0.45
/** Control points always reach at least this far, so short threads still curve softly. */
const MIN_REACH = 40
/** How high a thread between lanes arches, relative to its length, and at most. */
const ARCH = 0.08
const MAX_ARCH = 70
/** How far a same-lane arc bulges out, relative to its height, and at least. */
const SIDE_ARC_BEND = 0.3
const SIDE_ARC_MIN_REACH = 56

/**
 * A soft curve between two notes: through the sides facing each other when they sit side by side
 * (arching gently upwards), else an arc out to the right and back.
 */
export function curveBetween(from: Box, to: Box): Curve {
  const a = { x: from.x + from.width / 2, y: from.y + from.height / 2 }
  const b = { x: to.x + to.width / 2, y: to.y + to.height / 2 }
  const sideBySide = from.x + from.width < to.x || to.x + to.width < from.x
  if (sideBySide) {
    const forward = b.x >= a.x
    const start = { x: forward ? from.x + from.width : from.x, y: a.y }
    const end = { x: forward ? to.x : to.x + to.width, y: b.y }
    const span = Math.abs(end.x - start.x)
    const reach = Math.max(span * BEND, MIN_REACH) * (forward ? 1 : -1)
    // A gentle upward arch, so long threads between notes at one height do not read as rules.
    const lift = Math.min(span * ARCH, MAX_ARCH)
    return {
      start,
      c1: { x: start.x + reach, y: start.y - lift },
      c2: { x: end.x - reach, y: end.y - lift },
      end,
    }
  }
  const start = { x: from.x + from.width, y: a.y }
  const end = { x: to.x + to.width, y: b.y }
  const reach = Math.max(Math.abs(end.y - start.y) * SIDE_ARC_BEND, SIDE_ARC_MIN_REACH)
  const right = Math.max(start.x, end.x) + reach
  return { start, c1: { x: right, y: start.y }, c2: { x: right, y: end.y }, end }
}

/** A curve from a note's thread handle (middle of its right edge) to a free point. */
export function curveToPoint(from: Box, point: Point): Curve {
  const start = { x: from.x + from.width, y: from.y + from.height / 2 }
  const reach = Math.max(Math.abs(point.x - start.x) * BEND, MIN_REACH)
  return {
    start,
    c1: { x: start.x + reach, y: start.y },
    c2: { x: point.x - reach * Math.sign(point.x - start.x || 1), y: point.y },
    end: point,
  }
}

/** The point halfway along a curve (t = 0.5), where its label sits. */
export function curveMidpoint(curve: Curve): Point {
  return {
    x: (curve.start.x + 3 * curve.c1.x + 3 * curve.c2.x + curve.end.x) / 8,
    y: (curve.start.y + 3 * curve.c1.y + 3 * curve.c2.y + curve.end.y) / 8,
  }
}
