import type { ConnectTicketResponse, RemoveParticipantResponse } from '@weave/shared'
import { ApiRequestError, NETWORK_ERROR_STATUS, request } from './api-client'

/** `POST /api/connect-tickets`: a single-use ticket to open `docName` (see docs/api.md). */
export function fetchConnectTicket(docName: string, token: string): Promise<ConnectTicketResponse> {
  return request('/api/connect-tickets', { method: 'POST', token, body: { docName } })
}

/** `POST .../participants/:pid/remove` (facilitators): removes someone from the workshop. */
export function removeParticipant(
  workshopId: string,
  token: string,
  participantId: string,
): Promise<RemoveParticipantResponse> {
  const path = `/api/workshops/${encodeURIComponent(workshopId)}/participants/${encodeURIComponent(participantId)}/remove`
  return request(path, { method: 'POST', token, body: {} })
}

/** The raw answer of `GET /api/workshops/:id/start`: its body and its tickets header. */
export interface BoardStartResponse {
  readonly bytes: Uint8Array
  readonly tickets: string | null
}

/**
 * `GET /api/workshops/:id/start`: a board page's start, undecoded (decoding needs the app's code;
 * this stays small enough for the page's first script); throws ApiRequestError on failure.
 */
export async function fetchBoardStart(
  workshopId: string,
  token: string,
): Promise<BoardStartResponse> {
  let response: Response
  try {
    response = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/start`, {
      headers: { Authorization: `Bearer ${token}` },
    })
  } catch {
    throw new ApiRequestError(NETWORK_ERROR_STATUS, 'network', 'The server could not be reached.')
  }
  if (!response.ok)
    throw new ApiRequestError(response.status, 'http', `The server answered ${response.status}.`)
  // The header's name, as in BOARD_START_TICKETS_HEADER (not imported: this file stays tiny).
  const tickets = response.headers.get('weave-connect-tickets')
  return { bytes: new Uint8Array(await response.arrayBuffer()), tickets }
}
