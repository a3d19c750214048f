import { decodeBoardStart } from '@weave/shared'
import { fetchBoardStart, type BoardStartResponse } from '../api/access-api'

/**
 * A ticket older than this is not used (they live 30 s on the server by default): a refused ticket
 * closes the socket as unauthenticated, which would send the person back to the join page.
 */
const TICKET_FRESH_MS = 15_000

/**
 * What a board page got from `GET /api/workshops/:id/start` (shared/src/protocol/board-start.ts):
 * each document's state to show before its socket has synced, and a ticket to open that socket
 * without another round trip. Each is handed out once.
 */
export interface StartHandout {
  /** The room the server would open for this person now. */
  readonly roomId: string | null
  /** The document's state, once; null when the start did not include it. */
  takeState(docName: string): Uint8Array | null
  /** The document's connect ticket, once and while fresh; null otherwise. */
  takeTicket(docName: string): string | null
}

/** A handout with nothing in it: the page syncs everything over its sockets. */
export const EMPTY_HANDOUT: StartHandout = {
  roomId: null,
  takeState: () => null,
  takeTicket: () => null,
}

/** Asks for the board's start; resolves with nothing (never rejects) when it cannot be had. */
export function requestBoardStart(workshopId: string, token: string): Promise<StartHandout> {
  return handoutFrom(fetchBoardStart(workshopId, token), Date.now())
}

/** The handout of a start request already sent at `askedAt` (see early-requests.ts). */
export async function handoutFrom(
  response: Promise<BoardStartResponse>,
  askedAt: number,
): Promise<StartHandout> {
  const received = await response.catch(() => null)
  const start = received ? decodeBoardStart(received.bytes) : null
  const tickets = received?.tickets?.split(' ') ?? []
  if (!start || tickets.length !== start.docs.length) return EMPTY_HANDOUT
  const states = new Map(start.docs.map((doc) => [doc.docName, doc.state]))
  const ticketOf = new Map(start.docs.map((doc, i) => [doc.docName, tickets[i] ?? '']))
  return {
    roomId: start.roomId,
    takeState(docName) {
      const state = states.get(docName) ?? null
      states.delete(docName)
      return state
    },
    takeTicket(docName) {
      const ticket = ticketOf.get(docName) || null
      ticketOf.delete(docName)
      return ticket && Date.now() - askedAt < TICKET_FRESH_MS ? ticket : null
    },
  }
}
