import type { Lane, Note } from './records.js'

/** The fields of a note that decide where it comes in reading order. */
type Placed = Pick<Note, 'id' | 'laneId' | 'x' | 'y'>

/** A lane's position in the order, with notes of removed lanes last (where they are drawn). */
function laneRank(laneId: string, lanes: readonly Lane[]): number {
  const index = lanes.findIndex((lane) => lane.id === laneId)
  return index === -1 ? lanes.length : index
}

/**
 * The notes in reading order: lane by lane (in lane order, notes of removed lanes last), each lane
 * from top to bottom, then left to right, then by id so the order is stable for everyone.
 */
export function readingOrder<T extends Placed>(notes: readonly T[], lanes: readonly Lane[]): T[] {
  return [...notes].sort(
    (a, b) =>
      laneRank(a.laneId, lanes) - laneRank(b.laneId, lanes) ||
      a.y - b.y ||
      a.x - b.x ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

/** A step of keyboard focus between notes. */
export type FocusStep = 'next' | 'previous' | 'up' | 'down' | 'left' | 'right' | 'first' | 'last'

/**
 * The note focus moves to from `fromId` with `step` (null when there is none that way):
 * next/previous follow reading order; up/down stay in the lane; left/right go to the note of the
 * nearest non-empty lane on that side whose top is closest to the current one. From no note
 * (`fromId` null or gone), every step but `last` and `previous` starts at the first note.
 */
export function focusTarget<T extends Placed>(
  notes: readonly T[],
  lanes: readonly Lane[],
  fromId: string | null,
  step: FocusStep,
): T | null {
  const ordered = readingOrder(notes, lanes)
  const index = fromId === null ? -1 : ordered.findIndex((note) => note.id === fromId)
  const from = ordered[index]
  if (step === 'first') return ordered[0] ?? null
  if (step === 'last' || (!from && step === 'previous')) return ordered.at(-1) ?? null
  if (!from) return ordered[0] ?? null
  if (step === 'next') return ordered[index + 1] ?? null
  if (step === 'previous') return ordered[index - 1] ?? null
  const rank = laneRank(from.laneId, lanes)
  if (step === 'up' || step === 'down') {
    const candidate = ordered[step === 'down' ? index + 1 : index - 1]
    return candidate && laneRank(candidate.laneId, lanes) === rank ? candidate : null
  }
  const direction = step === 'right' ? 1 : -1
  const byLane = new Map<number, T[]>()
  for (const note of ordered) {
    const lane = laneRank(note.laneId, lanes)
    byLane.set(lane, [...(byLane.get(lane) ?? []), note])
  }
  for (let lane = rank + direction; lane >= 0 && lane <= lanes.length; lane += direction) {
    const inLane = byLane.get(lane)
    if (!inLane) continue
    return inLane.reduce((best, note) =>
      Math.abs(note.y - from.y) < Math.abs(best.y - from.y) ? note : best,
    )
  }
  return null
}
