import { LANE_WIDTH } from './layout.js'

/** What the tidy layout needs to know about a note: where it is and how big it is. */
export interface TidyBox {
  readonly id: string
  readonly laneId: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Spacing of a tidy grid, in canvas units. */
export interface TidyOptions {
  /** Space between neighbouring notes. */
  readonly gap?: number
  /** Space between the lane's edge and the grid. */
  readonly margin?: number
  /** The width the grid must fit in (a lane's). */
  readonly laneWidth?: number
}

export const TIDY_GAP = 12
export const TIDY_MARGIN = 10

/**
 * Arranges notes in a grid, lane by lane, and returns each note's new lane-relative position. A
 * lane's notes keep their reading order (top to bottom, then left to right), start at the top of
 * where they were, and fill rows as wide as the lane allows (at least one note a row). Cells are as
 * wide as the widest note and rows as tall as their tallest, so the arranged notes never overlap.
 * Pure geometry: tidyNotes writes the result.
 */
export function tidyLayout(
  boxes: readonly TidyBox[],
  options: TidyOptions = {},
): Map<string, { laneId: string; x: number; y: number }> {
  const gap = options.gap ?? TIDY_GAP
  const margin = options.margin ?? TIDY_MARGIN
  const laneWidth = options.laneWidth ?? LANE_WIDTH
  const byLane = new Map<string, TidyBox[]>()
  for (const box of boxes) {
    const lane = byLane.get(box.laneId) ?? []
    lane.push(box)
    byLane.set(box.laneId, lane)
  }
  const placed = new Map<string, { laneId: string; x: number; y: number }>()
  for (const [laneId, lane] of byLane) {
    lane.sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    const cellWidth = Math.max(...lane.map((box) => box.width))
    const columns = Math.max(1, Math.floor((laneWidth - 2 * margin + gap) / (cellWidth + gap)))
    let top = Math.min(...lane.map((box) => box.y))
    for (let start = 0; start < lane.length; start += columns) {
      const row = lane.slice(start, start + columns)
      row.forEach((box, column) => {
        placed.set(box.id, { laneId, x: margin + column * (cellWidth + gap), y: top })
      })
      top += Math.max(...row.map((box) => box.height)) + gap
    }
  }
  return placed
}
