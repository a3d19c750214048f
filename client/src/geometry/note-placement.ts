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
/** How far the search for a free spot moves at a time, and how far it goes. */
const SEARCH_STEP = 24
const MAX_SEARCH_STEPS = 120

/**
 * Where a note whose top-left corner is at canvas `topLeft` belongs: the lane under its centre,
 * never above the lane headers. With `insideLane` it is also pulled fully inside that lane (used
 * when a drag ends, not during it, so the note does not fight the pointer). Null without lanes.
 */
export function placeNote(
  topLeft: { x: number; y: number },
  size: { width: number; height: number },
  lanes: readonly Lane[],
  insideLane = false,
): { laneId: string; x: number; y: number } | null {
  const centre = { x: topLeft.x + size.width / 2, y: topLeft.y }
  const placed = placeOnLanes(centre, lanes)
  if (!placed) return null
  const index = lanes.findIndex((lane) => lane.id === placed.laneId)
  const x = topLeft.x - laneLeft(index)
  const maxX = Math.max(LANE_WIDTH - size.width - NOTE_MARGIN, NOTE_MARGIN)
  return {
    laneId: placed.laneId,
    x: Math.round(insideLane ? Math.min(Math.max(x, NOTE_MARGIN), maxX) : x),
    y: Math.round(Math.max(topLeft.y, LANE_HEADER_HEIGHT + NOTE_MARGIN)),
  }
}

/**
 * A spot for a new default-sized note centred at canvas point `centre`, kept inside the lane and
 * below its header. With `avoidOverlap`, the nearest free spot above or below is taken instead
 * of covering another note (so a new note never hides an old one).
 */
export function spotForNewNote(
  centre: { x: number; y: number },
  lanes: readonly Lane[],
  notes: readonly Note[],
  avoidOverlap: boolean,
): { laneId: string; x: number; y: number } | null {
  const placed = placeOnLanes(centre, lanes)
  if (!placed) return null
  const index = lanes.findIndex((lane) => lane.id === placed.laneId)
  const left = laneLeft(index)
  const maxX = LANE_WIDTH - NOTE_WIDTH - NOTE_MARGIN
  const x = Math.round(Math.min(Math.max(placed.x - NOTE_WIDTH / 2, NOTE_MARGIN), maxX))
  const minY = LANE_HEADER_HEIGHT + NOTE_MARGIN
  const startY = Math.round(Math.max(placed.y - NOTE_HEIGHT / 2, minY))
  if (!avoidOverlap) return { laneId: placed.laneId, x, y: startY }
  const others = paddedRects(notes, lanes)
  const free = (y: number) => {
    const candidate: Rect = { x: left + x, y, width: NOTE_WIDTH, height: NOTE_HEIGHT }
    return !others.some((other) => intersects(candidate, other))
  }
  for (let step = 0; step < MAX_SEARCH_STEPS; step++) {
    const below = startY + step * SEARCH_STEP
    if (free(below)) return { laneId: placed.laneId, x, y: below }
    const above = startY - step * SEARCH_STEP
    if (above >= minY && free(above)) return { laneId: placed.laneId, x, y: above }
  }
  return { laneId: placed.laneId, x, y: startY }
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

/**
 * A free spot for a note of `size` in the lane at `laneIndex`, as close as possible below (or
 * above) `preferredY`, keeping `x` when the note fits there; `exceptId` is the note being moved.
 */
export function freeSpotInLane(
  laneIndex: number,
  size: { width: number; height: number },
  preferred: { x: number; y: number },
  lanes: readonly Lane[],
  notes: readonly Note[],
  exceptId: string | null,
): { laneId: string; x: number; y: number } | null {
  const lane = lanes[laneIndex]
  if (!lane) return null
  const left = laneLeft(laneIndex)
  const maxX = Math.max(LANE_WIDTH - size.width - NOTE_MARGIN, NOTE_MARGIN)
  const x = Math.round(Math.min(Math.max(preferred.x, NOTE_MARGIN), maxX))
  const minY = LANE_HEADER_HEIGHT + NOTE_MARGIN
  const startY = Math.round(Math.max(preferred.y, minY))
  const others = paddedRects(
    notes.filter((note) => note.id !== exceptId),
    lanes,
  )
  const free = (y: number) =>
    !others.some((other) => intersects({ x: left + x, y, ...size }, other))
  for (let step = 0; step < MAX_SEARCH_STEPS; step++) {
    const below = startY + step * SEARCH_STEP
    if (free(below)) return { laneId: lane.id, x, y: below }
    const above = startY - step * SEARCH_STEP
    if (above >= minY && free(above)) return { laneId: lane.id, x, y: above }
  }
  return { laneId: lane.id, x, y: startY }
}

/** Where `notes` sit on the canvas, each grown by a small gap that a placed note keeps from it. */
function paddedRects(notes: readonly Note[], lanes: readonly Lane[]) {
  return notes.map((note) => {
    const { x, y } = noteCanvasPosition(note, lanes)
    return {
      x: x - NOTE_MARGIN,
      y: y - NOTE_MARGIN,
      width: note.width + NOTE_MARGIN * 2,
      height: note.height + NOTE_MARGIN * 2,
    }
  })
}
