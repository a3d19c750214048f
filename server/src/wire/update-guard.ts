import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import { BadMessageError } from './closing-errors.js'

/** The length of the one encoding of an empty V1 update: no clients, no deletions. */
const EMPTY_UPDATE_BYTES = 2

/** True for the empty update a client sends as its sync step 2 when it has nothing new. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === EMPTY_UPDATE_BYTES && update[0] === 0 && update[1] === 0
}

/**
 * Checks that a Yjs (V1) update is well formed before it touches a live document. The header's
 * declared counts are bounded by the bytes left (Yjs preallocates arrays of the declared size, so a
 * few bytes could otherwise claim millions of structs), then the whole update is decoded without
 * applying it. Throws BadMessageError when the update is unsound; returns the Yjs client ids
 * its structs are written under.
 */
export function assertSoundUpdate(update: Uint8Array): Set<number> {
  if (update.length === 0) throw new BadMessageError('empty update')
  try {
    const decoder = decoding.createDecoder(update)
    const clientCount = decoding.readVarUint(decoder)
    if (clientCount > update.length) throw new BadMessageError('declared client count too large')
    if (clientCount > 0) {
      const structCount = decoding.readVarUint(decoder)
      if (structCount > update.length) throw new BadMessageError('declared struct count too large')
    }
    // Decoding every struct and the delete set proves the encoding is complete and consistent;
    // each struct costs at least one byte, so this is bounded by the message size.
    const decoded = Y.decodeUpdate(update)
    // A V2 update (or anything with bytes after an empty header) reads as an empty V1 update, and
    // would be dropped without a word while its sender believes its edits are saved.
    const empty = decoded.structs.length === 0 && decoded.ds.clients.size === 0
    if (empty && update.length > EMPTY_UPDATE_BYTES) {
      throw new BadMessageError('not a V1 update (V2 encoding or trailing bytes)')
    }
    for (const [, deletes] of decoded.ds.clients) {
      if (deletes.length > update.length) throw new BadMessageError('delete set too large')
    }
    return new Set(decoded.structs.map((struct) => struct.id.client))
  } catch (error) {
    if (error instanceof BadMessageError) throw error
    throw new BadMessageError(`malformed update: ${(error as Error).message}`)
  }
}

/** Throws BadMessageError when a message has bytes after its payload. */
export function assertEnd(decoder: decoding.Decoder): void {
  if (decoding.hasContent(decoder)) throw new BadMessageError('trailing bytes after message')
}

/** Throws BadMessageError unless `payload` is a well-formed, plausibly sized state vector. */
export function assertStateVector(payload: Uint8Array): void {
  try {
    const decoder = decoding.createDecoder(payload)
    const count = decoding.readVarUint(decoder)
    if (count > payload.length) throw new BadMessageError('declared state vector too large')
    for (let i = 0; i < count; i++) {
      decoding.readVarUint(decoder)
      decoding.readVarUint(decoder)
    }
  } catch (error) {
    if (error instanceof BadMessageError) throw error
    throw new BadMessageError('malformed state vector')
  }
}
