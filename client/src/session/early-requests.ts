import type { WorkshopInfo } from '@weave/shared'
import { fetchBoardStart, type BoardStartResponse } from '../api/access-api'
import { fetchWorkshop } from '../api/api-client'
import { loadToken } from './token-store'

/** A board start request sent early, and when (its tickets age from then). */
export interface EarlyStart {
  readonly response: Promise<BoardStartResponse>
  readonly askedAt: number
}

/** The board page's first requests, started while its code is still downloading. */
interface EarlyRequests {
  readonly workshopId: string
  readonly token: string
  workshop: Promise<WorkshopInfo> | null
  start: EarlyStart | null
}

// One page load's head start; each request is handed out once, then fetched as usual.
let early: EarlyRequests | null = null

/** The workshop id when this page is a board (`/w/:id`), else null. */
export function boardWorkshopId(pathname: string): string | null {
  return /^\/w\/([^/]+)\/?$/.exec(pathname)?.[1] ?? null
}

/**
 * On a board page with a saved token, asks for the workshop and the board's start (its documents
 * and connect tickets, see start-pack.ts) at once, before the board's code has arrived; true when
 * it did. On a slow connection (400 ms round trips) these requests used to wait for the code, and
 * the documents for their sockets, one after the other.
 */
export function startEarlyRequests(pathname: string): boolean {
  const workshopId = boardWorkshopId(pathname)
  const token = workshopId ? loadToken(workshopId) : null
  if (!workshopId || !token) return false
  const workshop = fetchWorkshop(workshopId, token)
  const start = { response: fetchBoardStart(workshopId, token), askedAt: Date.now() }
  // Whoever takes them handles their errors; until then, none is unhandled.
  workshop.catch(() => {})
  start.response.catch(() => {})
  early = { workshopId, token, workshop, start }
  return true
}

/** True when the early requests were made for this workshop and token. */
const madeFor = (workshopId: string, token: string) =>
  early !== null && early.workshopId === workshopId && early.token === token

/** The workshop request started early for this workshop and token, once; null otherwise. */
export function takeEarlyWorkshop(workshopId: string, token: string): Promise<WorkshopInfo> | null {
  if (!early || !madeFor(workshopId, token)) return null
  const request = early.workshop
  early.workshop = null
  return request
}

/** The board start requested early for this workshop and token, once; null otherwise. */
export function takeEarlyStart(workshopId: string, token: string): EarlyStart | null {
  if (!early || !madeFor(workshopId, token)) return null
  const start = early.start
  early.start = null
  return start
}
