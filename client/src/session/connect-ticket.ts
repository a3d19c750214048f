import { CloseCode } from '@weave/shared'
import { fetchConnectTicket } from '../api/access-api'
import { ApiRequestError } from '../api/api-client'
import { TicketRefusal } from './ticket-socket'

/**
 * A fresh connect ticket for `docName`. A refusal that no retry can fix becomes the close code the
 * sync endpoint would have sent (so the session shows the same message and stops reconnecting);
 * anything else (offline, server busy) is thrown as is, and the provider tries again.
 */
export async function ticketFor(docName: string, token: string): Promise<string> {
  try {
    return (await fetchConnectTicket(docName, token)).ticket
  } catch (error) {
    if (error instanceof ApiRequestError) {
      if (error.code === 'removed') throw new TicketRefusal(CloseCode.removed, error.message)
      if (error.status === 401) throw new TicketRefusal(CloseCode.unauthenticated, error.message)
      if (error.status === 403) throw new TicketRefusal(CloseCode.forbidden, error.message)
    }
    throw error
  }
}
