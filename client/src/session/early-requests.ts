import { controlDocName, type WorkshopInfo } from '@weave/shared'
import { fetchWorkshop } from '../api/api-client'
import { ticketFor } from './connect-ticket'
import { loadToken } from './token-store'

/**
 * A ticket older than this is not used (they live 30 s on the server by default): a refused ticket
 * closes the socket as unauthenticated, which would send the person back to the join page.
 */
const TICKET_FRESH_MS = 15_000

/** The board page's first requests, started while its code is still downloading. */
interface EarlyRequests {
  readonly workshopId: string
  readonly token: string
  workshop: Promise<WorkshopInfo> | null
  ticket: { readonly docName: string; readonly at: number; value: Promise<string> | null }
}

// One page load's head start; each request is handed out once, then fetched as usual.
let early: EarlyRequests | null = null

/** The workshop id when this page is a board (`/w/:id`), else null. */
function boardWorkshopId(pathname: string): string | null {
  return /^\/w\/([^/]+)\/?$/.exec(pathname)?.[1] ?? null
}

/**
 * On a board page with a saved token, asks for the workshop and a connect ticket for its control
 * document at once, before the board's code has arrived; true when it did. On a slow connection
 * (400 ms round trips) these two requests used to wait for the code and then for each other.
 */
export function startEarlyRequests(pathname: string): boolean {
  const workshopId = boardWorkshopId(pathname)
  const token = workshopId ? loadToken(workshopId) : null
  if (!workshopId || !token) return false
  const docName = controlDocName(workshopId)
  const workshop = fetchWorkshop(workshopId, token)
  const ticket = ticketFor(docName, token)
  // Whoever takes them handles their errors; until then, none is unhandled.
  workshop.catch(() => {})
  ticket.catch(() => {})
  early = { workshopId, token, workshop, ticket: { docName, at: Date.now(), value: ticket } }
  return true
}

/** The workshop request started early for this workshop and token, once; null otherwise. */
export function takeEarlyWorkshop(workshopId: string, token: string): Promise<WorkshopInfo> | null {
  if (!early || early.workshopId !== workshopId || early.token !== token) return null
  const request = early.workshop
  early.workshop = null
  return request
}

/** The ticket fetched early for this document and token, once, while fresh; null otherwise. */
export function takeEarlyTicket(docName: string, token: string): Promise<string> | null {
  if (!early || early.token !== token || early.ticket.docName !== docName) return null
  const request = early.ticket.value
  early.ticket.value = null
  return request && Date.now() - early.ticket.at < TICKET_FRESH_MS ? request : null
}
