import {
  LANE_HEADER_HEIGHT,
  LANE_WIDTH,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  laneLeft,
  noteCanvasPosition,
  placeOnLanes,
  type Lane,
  type Note,
} from '@weave/shared'
import { intersects, type Rect } from './viewport-math'

/** Space kept between a new note and the lane's edges and header. */
const NOTE_MARGIN = 12
/** How far a new note steps aside when its spot is taken. */
const CASCADE_STEP = 28

/**
 * Where a note whose top-left corner is at canvas `topLeft` belongs: the lane under its centre,
 * never above the lane headers. Null when there are no lanes.
 */
export function placeNote(
  topLeft: { x: number; y: number },
  size: { width: number; height: number },
  lanes: readonly Lane[],
): { laneId: string; x: number; y: number } | null {
  const centre = { x: topLeft.x + size.width / 2, y: topLeft.y }
  const placed = placeOnLanes(centre, lanes)
  if (!placed) return null
  const index = lanes.findIndex((lane) => lane.id === placed.laneId)
  return {
    laneId: placed.laneId,
    x: Math.round(topLeft.x - laneLeft(index)),
    y: Math.round(Math.max(topLeft.y, LANE_HEADER_HEIGHT + NOTE_MARGIN)),
  }
}

/**
 * A spot for a new default-sized note centred near canvas point `centre`, inside the lane,
 * stepping down and right while another note already sits exactly there.
 */
export function spotForNewNote(
  centre: { x: number; y: number },
  lanes: readonly Lane[],
  notes: readonly Note[],
): { laneId: string; x: number; y: number } | null {
  const placed = placeOnLanes(centre, lanes)
  if (!placed) return null
  const maxX = LANE_WIDTH - NOTE_WIDTH - NOTE_MARGIN
  let x = Math.min(Math.max(placed.x - NOTE_WIDTH / 2, NOTE_MARGIN), maxX)
  let y = Math.max(placed.y - NOTE_HEIGHT / 2, LANE_HEADER_HEIGHT + NOTE_MARGIN)
  const index = lanes.findIndex((lane) => lane.id === placed.laneId)
  const taken = (candidate: Rect) =>
    notes.some((note) => {
      const position = noteCanvasPosition(note, lanes)
      return Math.abs(position.x - candidate.x) < 8 && Math.abs(position.y - candidate.y) < 8
    })
  for (let step = 0; step < 20; step++) {
    const candidate = { x: laneLeft(index) + x, y, width: NOTE_WIDTH, height: NOTE_HEIGHT }
    if (!taken(candidate)) break
    x = Math.min(x + CASCADE_STEP, maxX)
    y += CASCADE_STEP
  }
  return { laneId: placed.laneId, x: Math.round(x), y: Math.round(y) }
}

/** The centre of the visible part of a lane, or null when the lane is off screen. */
export function visibleLaneCentre(
  laneIndex: number,
  visible: Rect,
): { x: number; y: number } | null {
  const lane = { x: laneLeft(laneIndex), y: 0, width: LANE_WIDTH, height: Number.MAX_SAFE_INTEGER }
  const laneVisible =
    intersects(lane, visible) &&
    Math.min(lane.x + lane.width, visible.x + visible.width) - Math.max(lane.x, visible.x) >=
      NOTE_WIDTH
  if (!laneVisible) return null
  return { x: lane.x + LANE_WIDTH / 2, y: visible.y + visible.height / 2 }
}
