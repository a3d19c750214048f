import type { Lane } from './records.js'

/** Width of one sector lane on the canvas, in canvas units. */
export const LANE_WIDTH = 340
/** Space between lanes, in canvas units. */
export const LANE_GAP = 16
/** Height of the lane's title band; notes sit below it. */
export const LANE_HEADER_HEIGHT = 56
/** Lanes are at least this tall so there is room to write. */
export const LANE_MIN_HEIGHT = 1000
/** Default note size. */
export const NOTE_WIDTH = 200
export const NOTE_HEIGHT = 130
/** Notes are kept within these bounds when resized. */
export const NOTE_MIN_SIZE = 80
export const NOTE_MAX_SIZE = 800
/** Canvas coordinates are clamped to this range so a bad write cannot push a note to infinity. */
export const COORDINATE_LIMIT = 1_000_000

/** The left edge of the lane at `index` in the lane order. */
export function laneLeft(index: number): number {
  return index * (LANE_WIDTH + LANE_GAP)
}

/** The index of the lane under canvas x, clamped to the existing lanes; -1 when there are none. */
export function laneIndexAt(x: number, laneCount: number): number {
  if (laneCount === 0) return -1
  const index = Math.floor(x / (LANE_WIDTH + LANE_GAP))
  return Math.min(Math.max(index, 0), laneCount - 1)
}

/** Where a note stored relative to its lane sits on the canvas (lanes may be reordered). */
export function noteCanvasPosition(
  note: { laneId: string; x: number; y: number },
  lanes: readonly Lane[],
): { x: number; y: number } {
  const index = lanes.findIndex((lane) => lane.id === note.laneId)
  // A note whose lane is gone sits after the last lane, so it stays visible.
  const left = laneLeft(index === -1 ? lanes.length : index)
  return { x: left + note.x, y: note.y }
}

/** The lane and lane-relative position for a note dropped at canvas (x, y). */
export function placeOnLanes(
  canvas: { x: number; y: number },
  lanes: readonly Lane[],
): { laneId: string; x: number; y: number } | null {
  const index = laneIndexAt(canvas.x, lanes.length)
  const lane = lanes[index]
  if (!lane) return null
  return { laneId: lane.id, x: canvas.x - laneLeft(index), y: Math.max(canvas.y, 0) }
}

/** The height every lane is drawn with: tall enough for the lowest note. */
export function laneHeight(noteBottoms: Iterable<number>): number {
  let bottom = LANE_MIN_HEIGHT
  for (const value of noteBottoms) bottom = Math.max(bottom, value + 80)
  return bottom
}

/** Keeps a coordinate finite and within the canvas. */
export function clampCoordinate(value: number): number {
  if (!Number.isFinite(value)) return 0
  return Math.min(Math.max(value, -COORDINATE_LIMIT), COORDINATE_LIMIT)
}

/** Keeps a note dimension finite and within the allowed sizes. */
export function clampNoteSize(value: number): number {
  if (!Number.isFinite(value)) return NOTE_WIDTH
  return Math.min(Math.max(value, NOTE_MIN_SIZE), NOTE_MAX_SIZE)
}
