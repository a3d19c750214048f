import type { Curve } from '@weave/shared'

// The curve itself is shared with the SVG export, so an exported board looks like this one.
export { curveBetween, curveMidpoint, curveToPoint, type Curve, type Point } from '@weave/shared'

/** The curve as flat bezier points for a Konva Line with `bezier`. */
export function curvePoints(curve: Curve): number[] {
  const { start, c1, c2, end } = curve
  return [start.x, start.y, c1.x, c1.y, c2.x, c2.y, end.x, end.y]
}
