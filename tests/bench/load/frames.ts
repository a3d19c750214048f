import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { MessageType, SyncMessageType } from '@weave/shared'

/** What the first bytes of a y-websocket frame say, read without decoding the payload. */
export interface FrameHead {
  readonly type: number
  /** The sync sub-type (step 1, step 2, update); -1 for other message types. */
  readonly syncType: number
  /** Where the payload (a varuint length, then the bytes) starts. */
  readonly payloadAt: number
}

/** Reads a frame's message type and sync sub-type; null when the frame is malformed. */
export function readHead(frame: Uint8Array): FrameHead | null {
  try {
    const decoder = decoding.createDecoder(frame)
    const type = decoding.readVarUint(decoder)
    const syncType = type === MessageType.sync ? decoding.readVarUint(decoder) : -1
    return { type, syncType, payloadAt: decoder.pos }
  } catch {
    return null
  }
}

/** The payload of a frame whose head was read with readHead. */
export function payloadOf(frame: Uint8Array, head: FrameHead): Uint8Array {
  const decoder = decoding.createDecoder(frame)
  decoder.pos = head.payloadAt
  return decoding.readVarUint8Array(decoder)
}

/** How many entries an awareness frame carries (its first payload varuint), without parsing them. */
export function awarenessEntryCount(frame: Uint8Array, head: FrameHead): number {
  try {
    const decoder = decoding.createDecoder(frame)
    decoder.pos = head.payloadAt
    decoding.readVarUint(decoder) // payload length
    return decoding.readVarUint(decoder)
  } catch {
    return 0
  }
}

/** A sync step 1 frame with the given state vector (an empty one: "send me everything"). */
export function syncStep1(stateVector: Uint8Array = new Uint8Array([0])): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, SyncMessageType.step1)
  encoding.writeVarUint8Array(encoder, stateVector)
  return encoding.toUint8Array(encoder)
}

/** A sync step 2 frame carrying `update` (an empty update when the client has nothing). */
export function syncStep2(update: Uint8Array = new Uint8Array([0, 0])): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, SyncMessageType.step2)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** A sync update frame. */
export function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, SyncMessageType.update)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/**
 * An awareness frame with one client's state, encoded by hand (as y-protocols does) so the
 * generator needs no Awareness instance per client.
 */
export function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  const inner = encoding.createEncoder()
  encoding.writeVarUint(inner, 1)
  encoding.writeVarUint(inner, clientId)
  encoding.writeVarUint(inner, clock)
  encoding.writeVarString(inner, JSON.stringify(state))
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner))
  return encoding.toUint8Array(encoder)
}

/** One decoded awareness entry: a client id, its clock and its state (parsed JSON). */
export interface AwarenessEntry {
  readonly clientId: number
  readonly state: unknown
}

/** Decodes every entry of an awareness frame (only timed receivers pay for this). */
export function awarenessEntries(frame: Uint8Array, head: FrameHead): AwarenessEntry[] {
  const decoder = decoding.createDecoder(payloadOf(frame, head))
  const count = decoding.readVarUint(decoder)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    decoding.readVarUint(decoder) // clock
    const json = decoding.readVarString(decoder)
    entries.push({ clientId, state: json === 'null' ? null : (JSON.parse(json) as unknown) })
  }
  return entries
}
