import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { MessageType, SyncMessageType } from '@weave/shared'
import { openRawSocket, type RawSocket } from './raw-socket.js'
import { waitForEvent } from './wait.js'

/** A y-websocket frame: message type, optional sync sub-type, then a length-prefixed payload. */
export function frameOf(type: number, sub: number | null, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, type)
  if (sub !== null) encoding.writeVarUint(encoder, sub)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/** An awareness frame with one entry per `[clientId, state]`, each at clock 1. */
export function awarenessFrameOf(entries: ReadonlyArray<[number, unknown]>): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const [clientId, state] of entries) {
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarString(encoder, JSON.stringify(state))
  }
  return frameOf(MessageType.awareness, null, encoding.toUint8Array(encoder))
}

/** A received frame, decoded far enough to tell what it is. */
export type Decoded =
  | { kind: 'sync'; sub: number; payload: Uint8Array }
  | { kind: 'awareness'; states: Map<number, unknown> }
  | { kind: 'other' }

/** Decodes a frame the server sent. */
export function decodeFrame(frame: Uint8Array): Decoded {
  const decoder = decoding.createDecoder(frame)
  const type = decoding.readVarUint(decoder)
  if (type === MessageType.sync) {
    const sub = decoding.readVarUint(decoder)
    return { kind: 'sync', sub, payload: decoding.readVarUint8Array(decoder) }
  }
  if (type !== MessageType.awareness) return { kind: 'other' }
  const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder))
  const states = new Map<number, unknown>()
  for (let count = decoding.readVarUint(inner); count > 0; count--) {
    const clientId = decoding.readVarUint(inner)
    decoding.readVarUint(inner)
    states.set(clientId, JSON.parse(decoding.readVarString(inner)) as unknown)
  }
  return { kind: 'awareness', states }
}

/** Resolves with the first frame from index `from` on that `match` accepts. */
export function nextFrame(
  socket: RawSocket,
  from: number,
  what: string,
  match: (frame: Decoded) => boolean,
): Promise<Decoded> {
  let found: Decoded | undefined
  const check = () => {
    found = socket.received.slice(from).map(decodeFrame).find(match)
    return found !== undefined
  }
  return waitForEvent(
    what,
    (onChange) => {
      socket.ws.on('message', onChange)
      return () => socket.ws.off('message', onChange)
    },
    check,
  ).then(() => found!)
}

/** How a connection ended up after a message: closed with a code, or still answering. */
export type Settled = { closed: number } | { answered: Uint8Array }

/**
 * Sends a sync step 1 with `stateVector` (unless the socket already closed) and resolves with the
 * answer or the close code. The server answers a step 1 only once the messages before it on this
 * connection are handled and everything in memory is stored and relayed, so the answer proves
 * quiescence without a sleep.
 */
export async function roundTrip(socket: RawSocket, stateVector: Uint8Array): Promise<Settled> {
  const from = socket.received.length
  if (socket.ws.readyState === socket.ws.OPEN) {
    socket.send(frameOf(MessageType.sync, SyncMessageType.step1, stateVector))
  }
  const answer = nextFrame(
    socket,
    from,
    'a sync step 2',
    (f) => f.kind === 'sync' && f.sub === SyncMessageType.step2,
  )
  return Promise.race([
    socket.closed.then(({ code }) => ({ closed: code })),
    answer.then((f) => ({ answered: (f as { payload: Uint8Array }).payload })),
  ])
}

/**
 * A bystander: a raw connection to one document that keeps a mirror of it from what it receives
 * and has published its own presence (so a spoofed entry for its id would show).
 */
export interface Bystander {
  readonly socket: RawSocket
  readonly mirror: Y.Doc
  readonly clientId: number
}

/** Opens a bystander on `docName` and waits until its mirror holds the server's state. */
export async function openBystander(
  wsUrl: string,
  docName: string,
  token: string,
  clientId: number,
): Promise<Bystander> {
  const socket = await openRawSocket(wsUrl, docName, token)
  const mirror = new Y.Doc()
  socket.ws.on('message', (data: Buffer) => {
    const frame = decodeFrame(new Uint8Array(data))
    if (frame.kind === 'sync' && frame.sub !== SyncMessageType.step1) {
      Y.applyUpdate(mirror, frame.payload)
    }
  })
  socket.send(awarenessFrameOf([[clientId, { cursor: { x: 1, y: 1 } }]]))
  const settled = await roundTrip(socket, Y.encodeStateVector(mirror))
  if ('closed' in settled) throw new Error(`bystander on ${docName} closed: ${settled.closed}`)
  return { socket, mirror, clientId }
}
