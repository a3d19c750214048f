import {
  addLane,
  moveLane,
  recolourLane,
  removeLane,
  renameLane,
  setLaneLocked,
  setPhase,
  type Phase,
} from '@weave/shared'
import type { BoardSession } from '../session/board-session'

/** Only facilitators write the control document (the server refuses anyone else). */
function isFacilitator(session: BoardSession): boolean {
  return session.info.role === 'facilitator'
}

/** Switches the workshop's phase. */
export function changePhase(session: BoardSession, phase: Phase): void {
  if (isFacilitator(session)) setPhase(session.controlDoc, phase)
}

/** Adds a lane at the end. */
export function addLaneNamed(session: BoardSession, name: string, color: string): void {
  if (isFacilitator(session) && name.trim()) addLane(session.controlDoc, { name, color })
}

/** Renames a lane (empty names are ignored). */
export function renameLaneTo(session: BoardSession, laneId: string, name: string): void {
  if (isFacilitator(session)) renameLane(session.controlDoc, laneId, name)
}

/** Gives a lane another colour. */
export function recolourLaneTo(session: BoardSession, laneId: string, color: string): void {
  if (isFacilitator(session)) recolourLane(session.controlDoc, laneId, color)
}

/** Moves a lane one place left (-1) or right (+1). */
export function shiftLane(session: BoardSession, laneId: string, by: -1 | 1): void {
  if (!isFacilitator(session)) return
  const index = session.lanes.get().findIndex((lane) => lane.id === laneId)
  if (index !== -1) moveLane(session.controlDoc, laneId, index + by)
}

/** Removes a lane; its notes stay, in the "Unsorted" column. */
export function removeLaneById(session: BoardSession, laneId: string): void {
  if (isFacilitator(session)) removeLane(session.controlDoc, laneId)
}

/** Locks or unlocks one lane for participants. */
export function lockLane(session: BoardSession, laneId: string, locked: boolean): void {
  if (isFacilitator(session)) setLaneLocked(session.controlDoc, laneId, locked)
}
