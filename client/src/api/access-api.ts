import type { ConnectTicketResponse, RemoveParticipantResponse } from '@weave/shared'
import { request } from './api-client'

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
