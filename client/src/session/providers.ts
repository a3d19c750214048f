import type * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { shouldReconnect } from './connection'
import { ticketFor } from './connect-ticket'
import { createTicketSocket } from './ticket-socket'

/** How long a room left behind while offline may keep trying to send its last edits. */
const RETIRE_OFFLINE_GRACE_MS = 20_000

/** Where the sync endpoint lives: the same host the page came from. */
export function syncUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${location.host}/sync`
}

/**
 * Opens a provider for a document with the token. The token never goes into the socket's URL:
 * each connect and reconnect first trades it for a single-use ticket (the first connect may use
 * `firstTicket`, one the page already has). `announce` false keeps this connection out of
 * "Who's here" (drafts, and the facilitator's overview of other rooms).
 */
export function connect(
  doc: Y.Doc,
  docName: string,
  token: string,
  { announce = true, firstTicket = null }: { announce?: boolean; firstTicket?: string | null } = {},
): WebsocketProvider {
  let ticket = firstTicket
  const provider = new WebsocketProvider(syncUrl(), docName, doc, {
    WebSocketPolyfill: createTicketSocket(() => {
      const given = ticket
      ticket = null
      return given ? Promise.resolve(given) : ticketFor(docName, token)
    }),
    // Cross-tab sharing would bypass the server's permission checks and presence stamping.
    disableBc: true,
    shouldReconnect,
    connect: false,
  })
  // The provider's default state `{}` is announced as it is (the server shows it at once, PRO-3);
  // a null state publishes nothing.
  if (!announce) provider.awareness.setLocalState(null)
  provider.connect()
  return provider
}

/**
 * Closes a room's provider without losing edits: while connected, y-websocket has already sent
 * every update (a close goes out after queued data); while not, give it a moment to reconnect
 * and sync before letting go.
 */
export function retireProvider(provider: WebsocketProvider, doc: Y.Doc): void {
  provider.awareness.setLocalState(null)
  if (provider.wsconnected && provider.synced) {
    provider.destroy()
    doc.destroy()
    return
  }
  const timer = setTimeout(finish, RETIRE_OFFLINE_GRACE_MS)
  function finish(): void {
    clearTimeout(timer)
    provider.off('sync', onSync)
    provider.destroy()
    doc.destroy()
  }
  function onSync(synced: boolean): void {
    if (synced) finish()
  }
  provider.on('sync', onSync)
}
