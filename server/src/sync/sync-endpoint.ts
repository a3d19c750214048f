import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import { CloseCode, type DocRef, type Principal } from '@weave/shared'
import type { ConnectTickets } from '../auth/connect-tickets.js'
import type { TokenService } from '../auth/tokens.js'
import type { Logger } from '../log.js'
import type { Room } from '../rooms/room.js'
import type { RoomManager } from '../rooms/room-manager.js'
import type { RoomConnection } from '../rooms/types.js'
import type { Clock } from '../clock.js'
import { createRateLimiter } from './rate-limit.js'
import { createWriteBackHandler } from './write-back-handler.js'
import { closeSocket, createMessageHandler } from './sync-connection.js'
import { createSender } from './backpressure.js'
import type { FrameKind } from '../wire/frames.js'
import { ClosingError, closeFor } from '../wire/closing-errors.js'

/** How long a client closed for not keeping up gets to take the close frame. */
const TOO_SLOW_GRACE_MS = 2000
/** How long a write-back connection may stay open waiting for the client's sync step 2. */
const WRITE_BACK_GRACE_MS = 10_000

/** Fragments one message may arrive in; more closes the connection (1008). */
export const MAX_FRAGMENTS_PER_MESSAGE = 1024

/** The URL prefix of the sync endpoint: `/sync/<docName>?ticket=...` (or `?token=...`). */
export const SYNC_PATH_PREFIX = '/sync/'

/**
 * Who may open which document, decided outside the transport (admission/admit.ts). `admit` throws
 * a ClosingError to refuse; `write-back` admits a write-only connection (write-back-handler.ts).
 */
export interface Admission {
  admit(
    principal: Principal,
    docName: string,
  ): Promise<{ kind: 'enter' | 'write-back'; ref: DocRef }>
  /** A participant is in a room now: on entering it and on leaving it, not on a write-back. */
  present(principal: Principal, docName: string): void
}

/** What the sync endpoint needs. */
export interface SyncEndpointDeps {
  readonly tokens: TokenService
  readonly tickets: ConnectTickets
  readonly admission: Admission
  readonly rooms: RoomManager
  readonly log: Logger
  readonly maxPayloadBytes: number
  readonly heartbeatMs: number
  readonly clock: Clock
  readonly messagesPerSecond: number
  readonly messageBurst: number
  /** See sync/backpressure.ts. */
  readonly maxBufferedBytes: number
}

/** The WebSocket side of the server: authenticates, routes to rooms, keeps connections alive. */
export interface SyncEndpoint {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void
  readonly connectionCount: number
  /** Closes every connection with `code` (e.g. 1001 on shutdown). */
  closeAll(code: number, reason: string): void
  /**
   * Closes a removed participant's connections on this instance (4410) and refuses the ones
   * still authenticating; returns how many it closed.
   */
  closeParticipant(participantId: string): number
}

/** Creates the sync endpoint. */
export function createSyncEndpoint(deps: SyncEndpointDeps): SyncEndpoint {
  const { log } = deps
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: deps.maxPayloadBytes,
    // ws keeps every fragment of a message until the last: a megabyte of 1-byte fragments would
    // cost a million buffers. Clients send whole messages (browsers split only very large ones).
    maxFragments: MAX_FRAGMENTS_PER_MESSAGE,
  })
  const alive = new WeakSet<WebSocket>()
  let nextConnectionId = 1
  // Live connections per participant, so a removal can close them.
  const byParticipant = new Map<string, Set<(code: number, reason: string) => void>>()
  // Removed here (this process): catches a connection whose store check ran just before removal.
  const removedHere = new Set<string>()

  /** Authenticates the connection (a ticket or a token), then asks admission in. */
  async function authorize(req: IncomingMessage) {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const docName = decodeOrKeep(url.pathname.slice(SYNC_PATH_PREFIX.length))
    // Browsers send a single-use ticket; API clients may still send their token.
    const ticket = url.searchParams.get('ticket')
    const token = url.searchParams.get('token')
    const principal = ticket
      ? await deps.tickets.redeem(ticket, docName)
      : token
        ? await deps.tokens.verify(token)
        : null
    if (!principal) throw new ClosingError(CloseCode.unauthenticated, 'invalid or expired token')
    const { kind, ref } = await deps.admission.admit(principal, docName)
    return { principal, docName, ref, writeBackOnly: kind === 'write-back' }
  }

  function onConnection(ws: WebSocket, req: IncomingMessage): void {
    const id = nextConnectionId++
    const limiter = createRateLimiter(deps.messagesPerSecond, deps.messageBurst, deps.clock)
    let closed = false
    let room: Room | null = null
    // A write-back connection: write-only, it may deliver its sync step 2, then it is closed (4412).
    let departing = false
    let conn: RoomConnection | null = null
    let handle: ((data: Uint8Array) => Promise<void>) | null = null
    alive.add(ws)
    // Listeners go on before anything async, so no frame and no socket error is ever unhandled.
    ws.on('error', (error) => {
      log.debug('socket error', { connection: id, error: error.message })
      closed = true
      ws.terminate()
    })
    ws.on('pong', () => alive.add(ws))

    const fail = (code: number, reason: string) => {
      if (closed) return
      closed = true
      log.debug('closing connection', { connection: id, code, reason })
      closeSocket(ws, code, reason)
    }
    const sendWithin = createSender(ws, deps.maxBufferedBytes, () => {
      if (closed) return
      log.info('closing a client that does not keep up', { connection: id })
      fail(CloseCode.tooSlow, 'not keeping up')
      // Its queue may never drain: let go of it rather than wait for the close handshake.
      setTimeout(() => ws.terminate(), TOO_SLOW_GRACE_MS).unref()
    })

    // Messages that arrive while we authenticate and load are queued in order, not lost.
    let queue: Promise<void> = (async () => {
      const { principal, docName, ref, writeBackOnly } = await authorize(req)
      if (closed) return
      if (removedHere.has(principal.participantId))
        throw new ClosingError(CloseCode.removed, 'removed from the workshop')
      const own = byParticipant.get(principal.participantId) ?? new Set()
      byParticipant.set(principal.participantId, own)
      own.add(fail)
      ws.once('close', () => {
        own.delete(fail)
        if (own.size === 0 && byParticipant.get(principal.participantId) === own)
          byParticipant.delete(principal.participantId)
      })
      if (writeBackOnly) {
        departing = true
        setTimeout(() => fail(CloseCode.moved, 'not your room now'), WRITE_BACK_GRACE_MS).unref()
      } else {
        // Not on a write-back: the window counts from leaving the room, not from the last try.
        deps.admission.present(principal, docName)
      }
      room = deps.rooms.acquire({ docName, ref })
      const send = (frame: Uint8Array, kind: FrameKind = 'document') => sendWithin(frame, kind)
      // The room (relayed updates, presence, answers) sends a write-back connection nothing.
      conn = { id, principal, send: writeBackOnly ? () => {} : send, close: fail }
      room.add(conn)
      await room.ready
      if (closed) return
      if (writeBackOnly) {
        handle = createWriteBackHandler(room, conn, { send, close: fail })
        return
      }
      handle = createMessageHandler(room, conn, log)
      room.greet(conn)
    })()

    const onError = (error: unknown) => {
      const close = closeFor(error)
      if (close) return fail(close.code, close.reason)
      log.error('unexpected error on a connection', { connection: id, error: String(error) })
      fail(CloseCode.internalError, 'internal error')
    }
    queue = queue.catch(onError)

    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (closed) return
      if (!isBinary) return fail(CloseCode.badMessage, 'text frames are not part of the protocol')
      if (!limiter.take()) return fail(CloseCode.rateLimited, 'too many messages')
      const bytes = toBytes(data)
      queue = queue
        .then(async () => {
          if (closed || !handle) return
          await handle(bytes)
        })
        .catch(onError)
    })

    ws.on('close', () => {
      closed = true
      void queue.finally(() => {
        if (room && conn) {
          if (!departing) deps.admission.present(conn.principal, room.docName)
          room.remove(conn)
          deps.rooms.release(room)
        }
      })
    })
  }

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate()
        continue
      }
      alive.delete(ws)
      ws.ping()
    }
  }, deps.heartbeatMs)
  heartbeat.unref()

  return {
    handleUpgrade(req, socket, head) {
      socket.on('error', () => socket.destroy())
      wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, req))
    },
    get connectionCount() {
      return wss.clients.size
    },
    closeParticipant(participantId) {
      removedHere.add(participantId)
      const own = [...(byParticipant.get(participantId) ?? [])]
      for (const close of own) close(CloseCode.removed, 'removed from the workshop')
      return own.length
    },
    closeAll(code, reason) {
      clearInterval(heartbeat)
      for (const ws of wss.clients) closeSocket(ws, code, reason)
      wss.close()
    },
  }
}

/**
 * The document name, decoded; kept as sent when its percent-escapes are malformed (`%zz`): no
 * document is named with a `%`, so admission refuses it as any malformed name (4404, PRO-6).
 */
function decodeOrKeep(name: string): string {
  try {
    return decodeURIComponent(name)
  } catch {
    return name
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
