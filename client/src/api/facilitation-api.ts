import type {
  HiddenNote,
  MyDots,
  RevealResponse,
  Round,
  ServerTime,
  StartRoundRequest,
  Vote,
} from '@weave/shared'
import { request } from './api-client'

function workshopPath(workshopId: string, rest: string): string {
  return `/api/workshops/${encodeURIComponent(workshopId)}/${rest}`
}

/** `GET /api/time`: the server's clock. */
export function fetchServerTime(token: string): Promise<ServerTime> {
  return request('/api/time', { method: 'GET', token })
}

/** `POST /api/workshops/:id/rounds`: starts a reflection round (facilitators). */
export function startRound(
  workshopId: string,
  token: string,
  input: StartRoundRequest,
): Promise<Round> {
  return request(workshopPath(workshopId, 'rounds'), { method: 'POST', token, body: input })
}

/** The timer actions on the current round that need no arguments. */
export type RoundTimerAction = 'pause' | 'resume' | 'end'

/** `POST .../rounds/current/{pause,resume,end}` (facilitators). */
export function changeRound(
  workshopId: string,
  token: string,
  action: RoundTimerAction,
): Promise<Round> {
  return request(workshopPath(workshopId, `rounds/current/${action}`), {
    method: 'POST',
    token,
    body: {},
  })
}

/** `POST .../rounds/current/extend`: adds time to the current round (facilitators). */
export function extendRound(workshopId: string, token: string, seconds: number): Promise<Round> {
  return request(workshopPath(workshopId, 'rounds/current/extend'), {
    method: 'POST',
    token,
    body: { seconds },
  })
}

/** `POST .../rounds/current/reveal`: brings every private note of the round to the boards. */
export function revealRound(
  workshopId: string,
  token: string,
  anonymise: boolean,
): Promise<RevealResponse> {
  return request(workshopPath(workshopId, 'rounds/current/reveal'), {
    method: 'POST',
    token,
    body: { anonymise },
  })
}

/** `POST /api/workshops/:id/votes`: opens a dot vote (facilitators). */
export function openVote(
  workshopId: string,
  token: string,
  input: { dotsPerPerson: number; roundId?: string | null },
): Promise<Vote> {
  return request(workshopPath(workshopId, 'votes'), { method: 'POST', token, body: input })
}

/** `POST .../votes/current/close`: closes the vote and publishes the counts (facilitators). */
export function closeVote(workshopId: string, token: string): Promise<Vote> {
  return request(workshopPath(workshopId, 'votes/current/close'), {
    method: 'POST',
    token,
    body: {},
  })
}

/** `GET .../votes/current/mine`: this person's own dots. */
export function fetchMyDots(workshopId: string, token: string): Promise<MyDots> {
  return request(workshopPath(workshopId, 'votes/current/mine'), { method: 'GET', token })
}

/** `POST .../votes/current/dots`: places one dot on a note. */
export function placeDot(
  workshopId: string,
  token: string,
  roomId: string,
  noteId: string,
): Promise<MyDots> {
  return request(workshopPath(workshopId, 'votes/current/dots'), {
    method: 'POST',
    token,
    body: { roomId, noteId },
  })
}

/** `DELETE .../votes/current/dots/:roomId/:noteId`: takes one dot back. */
export function removeDot(
  workshopId: string,
  token: string,
  roomId: string,
  noteId: string,
): Promise<MyDots> {
  const rest = `votes/current/dots/${encodeURIComponent(roomId)}/${encodeURIComponent(noteId)}`
  return request(workshopPath(workshopId, rest), { method: 'DELETE', token })
}

/** `POST .../rooms/:roomId/notes/:noteId/hide`: takes a note off the board (facilitators). */
export function hideNote(
  workshopId: string,
  token: string,
  roomId: string,
  noteId: string,
): Promise<HiddenNote> {
  const path = `rooms/${encodeURIComponent(roomId)}/notes/${encodeURIComponent(noteId)}/hide`
  return request(workshopPath(workshopId, path), { method: 'POST', token, body: {} })
}

/** `GET .../hidden-notes`: the notes facilitators have hidden (facilitators). */
export function listHiddenNotes(workshopId: string, token: string): Promise<HiddenNote[]> {
  return request(workshopPath(workshopId, 'hidden-notes'), { method: 'GET', token })
}

/** `POST .../hidden-notes/:roomId/:noteId/restore`: puts a hidden note back (facilitators). */
export function restoreHiddenNote(
  workshopId: string,
  token: string,
  roomId: string,
  noteId: string,
): Promise<HiddenNote> {
  const path = `hidden-notes/${encodeURIComponent(roomId)}/${encodeURIComponent(noteId)}/restore`
  return request(workshopPath(workshopId, path), { method: 'POST', token, body: {} })
}
