import type {
  Breakout,
  HarvestRequest,
  HarvestResponse,
  ParticipantInfo,
  RoomInfo,
} from '@weave/shared'
import { request } from './api-client'

function workshopPath(workshopId: string, rest: string): string {
  return `/api/workshops/${encodeURIComponent(workshopId)}/${rest}`
}

function post<T>(workshopId: string, token: string, rest: string, body: unknown): Promise<T> {
  return request(workshopPath(workshopId, rest), { method: 'POST', token, body })
}

/** `POST .../rooms`: adds `count` breakout rooms ("Room 1..n" after the existing ones). */
export function createRooms(workshopId: string, token: string, count: number): Promise<RoomInfo[]> {
  return post(workshopId, token, 'rooms', { count })
}

/** `POST .../rooms/:roomId/rename`. */
export function renameRoom(
  workshopId: string,
  token: string,
  roomId: string,
  name: string,
): Promise<RoomInfo> {
  return post(workshopId, token, `rooms/${encodeURIComponent(roomId)}/rename`, { name })
}

/** `POST .../rooms/:roomId/close` (never the main room). */
export function closeRoom(workshopId: string, token: string, roomId: string): Promise<RoomInfo> {
  return post(workshopId, token, `rooms/${encodeURIComponent(roomId)}/close`, {})
}

/** `GET .../participants`: everyone who joined, with their assignment. */
export function listParticipants(workshopId: string, token: string): Promise<ParticipantInfo[]> {
  return request(workshopPath(workshopId, 'participants'), { method: 'GET', token })
}

/** `POST .../breakouts/assign`: assigns every participant over the open breakout rooms. */
export function assignParticipants(
  workshopId: string,
  token: string,
  mode: 'balanced' | 'random',
): Promise<{ assignments: Record<string, string> }> {
  return post(workshopId, token, 'breakouts/assign', { mode })
}

/** `POST .../breakouts/move`: moves one person (also while connected). */
export function moveParticipant(
  workshopId: string,
  token: string,
  participantId: string,
  roomId: string,
): Promise<unknown> {
  return post(workshopId, token, 'breakouts/move', { participantId, roomId })
}

/** `POST .../breakouts/open` or `/close` ("bring everyone back"). */
export function setBreakoutsOpen(
  workshopId: string,
  token: string,
  open: boolean,
): Promise<Breakout> {
  return post(workshopId, token, `breakouts/${open ? 'open' : 'close'}`, {})
}

/** `POST .../breakouts/free-movement`. */
export function setFreeMovement(
  workshopId: string,
  token: string,
  allowed: boolean,
): Promise<Breakout> {
  return post(workshopId, token, 'breakouts/free-movement', { allowed })
}

/** `POST .../breakouts/message`: a short message shown in every room. */
export function broadcastMessage(
  workshopId: string,
  token: string,
  text: string,
): Promise<Breakout> {
  return post(workshopId, token, 'breakouts/message', { text })
}

/** `POST .../harvest`: copies notes (and threads between them) into the main room. */
export function harvest(
  workshopId: string,
  token: string,
  input: HarvestRequest,
): Promise<HarvestResponse> {
  return post(workshopId, token, 'harvest', input)
}
