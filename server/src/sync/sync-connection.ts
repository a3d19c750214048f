import * as decoding from 'lib0/decoding'
import type { WebSocket } from 'ws'
import { canWriteDocument, MessageType, SyncMessageType } from '@weave/shared'
import type { Logger } from '../log.js'
import type { Room } from '../rooms/room.js'
import type { RoomConnection } from '../rooms/types.js'
import { BadMessageError, ClosingError, MissingDependenciesError } from '../wire/closing-errors.js'
import { assertEnd, assertStateVector } from '../wire/update-guard.js'

/** A client may build on content we lack this many times in a row before it is closed (4400). */
export const MAX_GAPS_IN_A_ROW = 20

/**
 * Handles one client's y-websocket messages for a room, strictly in arrival order. Every message
 * is decoded before anything acts on it, gated on its decoded type and the sender's role; a bad
 * message closes only this connection (4400).
 */
export function createMessageHandler(room: Room, conn: RoomConnection, log: Logger) {
  const canWrite = canWriteDocument(conn.principal.role, room.ref.kind)
  // Updates in a row that built on content the server lacks (see MissingDependenciesError).
  let gaps = 0

  function applyOrResync(update: Uint8Array): void {
    try {
      room.applyUpdate(conn, update)
      gaps = 0
    } catch (error) {
      if (!(error instanceof MissingDependenciesError) || ++gaps > MAX_GAPS_IN_A_ROW) throw error
      // Our state vector makes the client send everything we lack, this update's content included.
      room.greet(conn)
    }
  }

  function readSync(decoder: decoding.Decoder): Promise<void> | void {
    const subType = decoding.readVarUint(decoder)
    const payload = decoding.readVarUint8Array(decoder)
    assertEnd(decoder)
    switch (subType) {
      case SyncMessageType.step1:
        assertStateVector(payload)
        return room.answerSyncStep1(conn, payload)
      case SyncMessageType.step2:
      case SyncMessageType.update:
        // Read-only connections still sync; their writes are dropped, never applied or relayed.
        if (canWrite) applyOrResync(payload)
        else
          log.debug('dropped a write from a read-only connection', {
            doc: room.docName,
            role: conn.principal.role,
          })
        return
      default:
        throw new BadMessageError(`unknown sync message type ${subType}`)
    }
  }

  return async function handle(data: Uint8Array): Promise<void> {
    const decoder = decoding.createDecoder(data)
    let type: number
    try {
      type = decoding.readVarUint(decoder)
    } catch {
      throw new BadMessageError('empty or truncated message')
    }
    try {
      switch (type) {
        case MessageType.sync:
          return await readSync(decoder)
        case MessageType.awareness: {
          const payload = decoding.readVarUint8Array(decoder)
          assertEnd(decoder)
          room.applyAwareness(conn, payload)
          return
        }
        case MessageType.queryAwareness:
          assertEnd(decoder)
          room.greet(conn)
          return
        default:
          throw new BadMessageError(`unknown message type ${type}`)
      }
    } catch (error) {
      if (error instanceof ClosingError) throw error
      if (isDecodingError(error)) throw new BadMessageError(`malformed message: ${error.message}`)
      // Anything else thrown while reading this message was caused by it: close only this sender,
      // but log it, since it may also point at a bug worth fixing.
      log.warn('message handling failed', { doc: room.docName, error: String(error) })
      throw new BadMessageError(`malformed message: ${(error as Error).message}`)
    }
  }
}

/** Errors lib0 throws for truncated or out-of-range input. */
function isDecodingError(error: unknown): error is Error {
  return (
    error instanceof RangeError ||
    (error instanceof Error && /unexpected end of array|integer out of range/i.test(error.message))
  )
}

/** Closes a socket with a code, tolerating sockets that are already closing. */
export function closeSocket(ws: WebSocket, code: number, reason: string): void {
  if (ws.readyState === ws.CLOSED || ws.readyState === ws.CLOSING) return
  try {
    ws.close(code, reason.slice(0, 120))
  } catch {
    ws.terminate()
  }
}
