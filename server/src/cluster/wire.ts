import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { PeerMessage, PeerMessageBody } from '../rooms/types.js'

/**
 * The format of what instances publish to each other (one Redis message per peer message):
 *
 *   varuint  version (1)
 *   varstring  instance id of the sender (receivers ignore their own)
 *   varuint  kind: 0 update, 1 awareness, 2 query, 3 leave, 4 resync, 5 deleted (sent on a
 *            workshop's control document channel: the workshop was deleted)
 *   update, awareness only: varuint8array payload (a Yjs V1 update / an awareness update)
 *
 * A message of another version is ignored (an instance of a newer release may speak it during a
 * rolling upgrade; the store and catch-ups keep everyone's documents whole meanwhile).
 */
export const PEER_WIRE_VERSION = 1

const KINDS = ['update', 'awareness', 'query', 'leave', 'resync', 'deleted'] as const

/** Encodes a peer message sent by instance `from`. */
export function encodePeerMessage(from: string, body: PeerMessageBody): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, PEER_WIRE_VERSION)
  encoding.writeVarString(encoder, from)
  encoding.writeVarUint(encoder, KINDS.indexOf(body.kind))
  if (body.kind === 'update') encoding.writeVarUint8Array(encoder, body.update)
  if (body.kind === 'awareness') encoding.writeVarUint8Array(encoder, body.payload)
  return encoding.toUint8Array(encoder)
}

/** Decodes a peer message; null for another version; throws on malformed input. */
export function decodePeerMessage(bytes: Uint8Array): PeerMessage | null {
  const decoder = decoding.createDecoder(bytes)
  if (decoding.readVarUint(decoder) !== PEER_WIRE_VERSION) return null
  const from = decoding.readVarString(decoder)
  const kind = KINDS[decoding.readVarUint(decoder)]
  let message: PeerMessage
  switch (kind) {
    case 'update':
      message = { kind, from, update: decoding.readVarUint8Array(decoder) }
      break
    case 'awareness':
      message = { kind, from, payload: decoding.readVarUint8Array(decoder) }
      break
    case 'query':
    case 'leave':
    case 'resync':
    case 'deleted':
      message = { kind, from }
      break
    default:
      throw new Error('unknown peer message kind')
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after a peer message')
  return message
}
