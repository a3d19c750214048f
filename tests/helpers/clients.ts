import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { waitForEvent } from './wait.js'

/** An official y-websocket client connected to a Weave document. */
export interface TestClient {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  /** Close events this client's sockets received, in order. */
  readonly closes: Array<{ code: number; reason: string }>
  destroy(): void
}

/** Connects the official `WebsocketProvider` (unmodified) with a token, as a browser would. */
export function connectClient(
  wsUrl: string,
  docName: string,
  token: string,
  doc = new Y.Doc(),
): TestClient {
  const provider = new WebsocketProvider(wsUrl, docName, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  })
  const closes: Array<{ code: number; reason: string }> = []
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason })
  })
  return {
    doc,
    provider,
    closes,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** Resolves once the client has completed its first sync with the server. */
export function synced(client: TestClient): Promise<void> {
  return waitForEvent(
    'client sync',
    (onChange) => {
      client.provider.on('sync', onChange)
      return () => client.provider.off('sync', onChange)
    },
    () => client.provider.synced,
  )
}

/** Resolves when `check(doc)` holds, re-checking on every document update. */
export function docReaches(
  doc: Y.Doc,
  what: string,
  check: (doc: Y.Doc) => boolean,
): Promise<void> {
  return waitForEvent(
    what,
    (onChange) => {
      doc.on('update', onChange)
      return () => doc.off('update', onChange)
    },
    () => check(doc),
  )
}

/** Resolves with the first close event whose code is fatal or given. */
export function closedWith(client: TestClient): Promise<number> {
  return new Promise((resolve) => {
    if (client.closes[0]) return resolve(client.closes[0].code)
    client.provider.on('connection-close', (event) => {
      if (event) resolve(event.code)
    })
  })
}
