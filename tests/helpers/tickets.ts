import WebSocket from 'ws'
import type { ConnectTicketResponse } from '@weave/shared'
import { call } from './http.js'

/** Asks the server for a connect ticket with a bearer token (throws unless 201). */
export async function fetchTicket(
  httpUrl: string,
  token: string,
  docName?: string,
): Promise<ConnectTicketResponse> {
  const { status, body } = await call(
    `${httpUrl}/api/connect-tickets`,
    'POST',
    token,
    docName === undefined ? {} : { docName },
  )
  if (status !== 201) throw new Error(`ticket refused: ${status} ${JSON.stringify(body)}`)
  return body as ConnectTicketResponse
}

/** How an attempt to open a sync socket ended. */
export type Attempt =
  | { readonly outcome: 'greeted' }
  | { readonly outcome: 'closed'; readonly code: number }
  | { readonly outcome: 'refused'; readonly status: number }

/**
 * Opens `url` and reports what happened first: the server's greeting (its sync step 1, sent once
 * the connection is authorised), a close code, or an HTTP refusal of the upgrade.
 */
export function attempt(url: string, headers: Record<string, string> = {}): Promise<Attempt> {
  const ws = new WebSocket(url, { headers })
  ws.on('error', () => {})
  return new Promise((resolve) => {
    ws.once('message', () => {
      resolve({ outcome: 'greeted' })
      ws.close()
    })
    ws.once('close', (code) => resolve({ outcome: 'closed', code }))
    ws.once('unexpected-response', (_req, res) => {
      resolve({ outcome: 'refused', status: res.statusCode ?? 0 })
      ws.terminate()
    })
  })
}
