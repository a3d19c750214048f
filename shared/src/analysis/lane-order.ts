import type { ExportLane, ExportNote } from '../export/format.js'

/** A lane as analysis views show it: the export's lanes, or the "Unsorted" column. */
export interface AnalysisLane {
  readonly id: string
  readonly name: string
  readonly color: string
}

/**
 * The column for notes whose lane was removed. Its id cannot collide with a real lane: lane ids
 * are lower-case letters, digits and hyphens (LANE_ID_PATTERN), never "~".
 */
export const UNSORTED_LANE: AnalysisLane = { id: '~unsorted', name: 'Unsorted', color: '#475569' }

/** Lanes in display order (by `order`, then id), the same order the board draws them in. */
export function lanesInDisplayOrder(lanes: readonly ExportLane[]): ExportLane[] {
  return [...lanes].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The known lanes in display order, and the column a note falls in (UNSORTED_LANE if its lane is gone). */
export function analysisLanes(lanes: readonly ExportLane[]): {
  known: AnalysisLane[]
  laneOf: (note: Pick<ExportNote, 'laneId'>) => AnalysisLane
} {
  const known = lanesInDisplayOrder(lanes).map(({ id, name, color }) => ({ id, name, color }))
  const byId = new Map(known.map((lane) => [lane.id, lane]))
  return { known, laneOf: (note) => byId.get(note.laneId) ?? UNSORTED_LANE }
}
