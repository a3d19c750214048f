import * as Y from 'yjs'
import { SyncMessageType } from '@weave/shared'
import { awarenessFrameOf, decodeFrame, roundTrip } from './probe.js'
import { openRawSocket, type RawSocket } from './raw-socket.js'

/**
 * A curious client: a raw connection that keeps everything it is sent. It mirrors the document
 * from every sync and update frame and keeps every presence state it ever saw, per client id, so
 * a test can try to link what it received the way a recording participant would.
 */
export interface Recorder {
  readonly socket: RawSocket
  readonly mirror: Y.Doc
  /** Every presence state received, per awareness client id, in order. */
  readonly presence: ReadonlyMap<number, readonly unknown[]>
  /** Resolves once everything the server held when called has reached this recorder. */
  caughtUp(): Promise<void>
}

/** Opens a recorder on `docName` with `token`, publishing a presence of its own. */
export async function openRecorder(
  wsUrl: string,
  docName: string,
  token: string,
): Promise<Recorder> {
  const socket = await openRawSocket(wsUrl, docName, token)
  const mirror = new Y.Doc()
  const presence = new Map<number, unknown[]>()
  socket.ws.on('message', (data: Buffer) => {
    const frame = decodeFrame(new Uint8Array(data))
    if (frame.kind === 'sync' && frame.sub !== SyncMessageType.step1) {
      Y.applyUpdate(mirror, frame.payload)
    }
    if (frame.kind === 'awareness') {
      for (const [clientId, state] of frame.states) {
        const seen = presence.get(clientId) ?? []
        seen.push(state)
        presence.set(clientId, seen)
      }
    }
  })
  socket.send(awarenessFrameOf([[mirror.clientID, { cursor: { x: 5, y: 5 } }]]))
  const recorder: Recorder = {
    socket,
    mirror,
    presence,
    async caughtUp() {
      const settled = await roundTrip(socket, Y.encodeStateVector(mirror))
      if ('closed' in settled) throw new Error(`recorder on ${docName} closed: ${settled.closed}`)
      Y.applyUpdate(mirror, settled.answered)
    },
  }
  await recorder.caughtUp()
  return recorder
}

/**
 * The Yjs client ids of every struct in a type's subtree: the item that holds it, every value a
 * map key ever had (overwritten ones too) and every list or text item, deleted ones included.
 * These are what a struct tells whoever receives it about which client wrote it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its type tree with any
export function structClientsOf(type: Y.AbstractType<any>): Set<number> {
  const clients = new Set<number>()
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  const visit = (current: Y.AbstractType<any>) => {
    if (current._item) clients.add(current._item.id.client)
    const items: Y.Item[] = []
    for (const last of current._map.values()) {
      for (let item: Y.Item | null = last; item !== null; item = item.left) items.push(item)
    }
    for (let item = current._start; item !== null; item = item.right) items.push(item)
    for (const item of items) {
      clients.add(item.id.client)
      if (item.content instanceof Y.ContentType) visit(item.content.type)
    }
  }
  visit(type)
  return clients
}
