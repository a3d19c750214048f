import type { ExportRoom, WorkshopExport } from '../export/format.js'
import { analysisLanes, UNSORTED_LANE, type AnalysisLane } from './lane-order.js'

/**
 * How the sector lanes are woven together: for every pair of lanes, the threads joining a note of
 * one to a note of the other. The diagonal counts threads within one lane.
 */
export interface WeaveMatrix {
  /** The export's lanes in display order, then "Unsorted" if a threaded note's lane is gone. */
  readonly lanes: readonly AnalysisLane[]
  /** Symmetric: counts[i][j] === counts[j][i]. */
  readonly counts: number[][]
  /** The thread keys (`${roomId}/${threadId}`) behind each cell, so a view can list them. */
  readonly threads: string[][][]
  /** Lanes with no thread to any other lane (threads within the lane do not count). */
  readonly isolatedLaneIds: string[]
  /** Threads counted (threads whose notes are missing from their room are skipped). */
  readonly total: number
}

/** A thread's identity across rooms, as used in analysis views. */
export function threadKey(roomId: string, threadId: string): string {
  return `${roomId}/${threadId}`
}

/**
 * The weave matrix of an export, over every room or only those in `roomIds`. A thread's lanes are
 * the lanes of its two notes in the same room.
 */
export function weaveMatrix(exp: WorkshopExport, roomIds?: readonly string[]): WeaveMatrix {
  const { known, laneOf } = analysisLanes(exp.lanes)
  const rooms = roomIds ? exp.rooms.filter((room) => roomIds.includes(room.id)) : exp.rooms
  const pairs = rooms.flatMap((room) => threadLanePairs(room, laneOf))
  const lanes = pairs.some((pair) => pair.a === UNSORTED_LANE || pair.b === UNSORTED_LANE)
    ? [...known, UNSORTED_LANE]
    : known
  const index = new Map(lanes.map((lane, i) => [lane.id, i]))
  const counts = lanes.map(() => lanes.map(() => 0))
  const threads = lanes.map(() => lanes.map((): string[] => []))
  for (const { key, a, b } of pairs) {
    const i = index.get(a.id) ?? 0
    const j = index.get(b.id) ?? 0
    addToCell(counts, threads, i, j, key)
    if (i !== j) addToCell(counts, threads, j, i, key)
  }
  const isolatedLaneIds = lanes
    .filter((_lane, i) => (counts[i] ?? []).every((count, j) => count === 0 || i === j))
    .map((lane) => lane.id)
  return { lanes, counts, threads, isolatedLaneIds, total: pairs.length }
}

function threadLanePairs(
  room: ExportRoom,
  laneOf: (note: { laneId: string }) => AnalysisLane,
): Array<{ key: string; a: AnalysisLane; b: AnalysisLane }> {
  const notes = new Map(room.notes.map((note) => [note.id, note]))
  return room.threads.flatMap((thread) => {
    const from = notes.get(thread.from)
    const to = notes.get(thread.to)
    if (!from || !to) return []
    return [{ key: threadKey(room.id, thread.id), a: laneOf(from), b: laneOf(to) }]
  })
}

function addToCell(counts: number[][], threads: string[][][], i: number, j: number, key: string) {
  const countRow = counts[i]
  const threadRow = threads[i]
  if (!countRow || !threadRow) return
  countRow[j] = (countRow[j] ?? 0) + 1
  threadRow[j]?.push(key)
}
