import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import type * as Y from 'yjs'
import { MessageType, SyncMessageType } from '@weave/shared'

/**
 * What a frame carries: the board (never skipped) or presence (skipped for a client that falls
 * behind, see sync/backpressure.ts).
 */
export type FrameKind = 'document' | 'presence'

/** The one encoding of a V1 update that changes nothing. */
const EMPTY_UPDATE = new Uint8Array([0, 0])

/** A sync step 1 frame carrying the document's state vector. */
export function syncStep1Frame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

/** A sync step 2 frame carrying what a peer with `stateVector` is missing. */
export function syncStep2Frame(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeSyncStep2(encoder, doc, stateVector)
  return encoding.toUint8Array(encoder)
}

/** A sync step 1 frame carrying an already encoded state vector. */
export function stateVectorFrame(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, SyncMessageType.step1)
  encoding.writeVarUint8Array(encoder, stateVector)
  return encoding.toUint8Array(encoder)
}

/** A sync step 2 frame with the empty update: the peer is told it has all it will get. */
export function emptySyncStep2Frame(): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, SyncMessageType.step2)
  encoding.writeVarUint8Array(encoder, EMPTY_UPDATE)
  return encoding.toUint8Array(encoder)
}

/** A sync update frame. */
export function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** An awareness frame around an encoded awareness update. */
export function awarenessFrame(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  encoding.writeVarUint8Array(encoder, awarenessUpdate)
  return encoding.toUint8Array(encoder)
}
