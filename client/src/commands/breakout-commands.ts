import type { HarvestRequest, HarvestResponse, ParticipantInfo } from '@weave/shared'
import * as api from '../api/breakout-api'
import type { BoardSession } from '../session/board-session'
import { strings } from '../i18n/strings'
import { runAction } from './api-errors'

/** Adds `count` breakout rooms (facilitators). */
export function createRooms(session: BoardSession, count: number): Promise<unknown> {
  return runAction(session, () => api.createRooms(session.workshopId, session.token, count))
}

/** Renames a room. */
export function renameRoom(session: BoardSession, roomId: string, name: string): Promise<unknown> {
  return runAction(session, () => api.renameRoom(session.workshopId, session.token, roomId, name))
}

/** Closes a breakout room (its people go back to the main room). */
export function closeRoom(session: BoardSession, roomId: string): Promise<unknown> {
  return runAction(session, () => api.closeRoom(session.workshopId, session.token, roomId))
}

/** Everyone who joined, with their assignment; null when it failed (a notice says why). */
export function listParticipants(session: BoardSession): Promise<ParticipantInfo[] | null> {
  return runAction(session, () => api.listParticipants(session.workshopId, session.token))
}

/** Assigns everyone over the open breakout rooms, sector-balanced or at random. */
export async function assignParticipants(
  session: BoardSession,
  mode: 'balanced' | 'random',
): Promise<unknown> {
  const result = await runAction(session, () =>
    api.assignParticipants(session.workshopId, session.token, mode),
  )
  if (result) {
    session.view.notice.set(strings.breakouts.assigned(Object.keys(result.assignments).length))
  }
  return result
}

/** Moves one person to a room (the main room included), also while they are connected. */
export function moveParticipant(
  session: BoardSession,
  participantId: string,
  roomId: string,
): Promise<unknown> {
  return runAction(session, () =>
    api.moveParticipant(session.workshopId, session.token, participantId, roomId),
  )
}

/** Sends everyone to their rooms, or brings everyone back to the main room. */
export function setBreakoutsOpen(session: BoardSession, open: boolean): Promise<unknown> {
  return runAction(session, () => api.setBreakoutsOpen(session.workshopId, session.token, open))
}

/** Lets participants visit any room while breakouts are open (or not). */
export function setFreeMovement(session: BoardSession, allowed: boolean): Promise<unknown> {
  return runAction(session, () => api.setFreeMovement(session.workshopId, session.token, allowed))
}

/** Shows a short message in every room. */
export function broadcastMessage(session: BoardSession, text: string): Promise<unknown> {
  return runAction(session, () => api.broadcastMessage(session.workshopId, session.token, text))
}

/** Copies notes from the breakout rooms into the main room and says how many came. */
export async function harvestNotes(
  session: BoardSession,
  input: HarvestRequest,
): Promise<HarvestResponse | null> {
  const result = await runAction(session, () =>
    api.harvest(session.workshopId, session.token, input),
  )
  if (result) session.view.notice.set(strings.breakouts.harvested(result.notes, result.threads))
  return result
}

/** Adds the note to the facilitator's harvest picks (or takes it out again). */
export function togglePick(session: BoardSession, noteId: string): void {
  const picks = session.workshop.harvestPicks
  const picked = picks.get().some((p) => p.roomId === session.roomId && p.noteId === noteId)
  picks.set(
    picked
      ? picks.get().filter((p) => !(p.roomId === session.roomId && p.noteId === noteId))
      : [...picks.get(), { roomId: session.roomId, noteId }],
  )
}

/** Forgets every pick. */
export function clearPicks(session: BoardSession): void {
  session.workshop.harvestPicks.set([])
}

/** Copies the picked notes into the main room; the picks are cleared when it worked. */
export async function harvestPicked(session: BoardSession): Promise<void> {
  const notes = [...session.workshop.harvestPicks.get()]
  if (notes.length === 0) return
  if (await harvestNotes(session, { mode: 'selected', notes })) clearPicks(session)
}
