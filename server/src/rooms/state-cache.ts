import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { MessageType, SyncMessageType } from '@weave/shared'
import { syncStep2Frame } from '../wire/frames.js'

/** True for the state vector of a client that holds nothing yet (a fresh page load). */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0
}

/** A room's whole state, encoded once per version of its document. */
export interface StateCache {
  /**
   * The whole document as one update: the same bytes (the same object) until the document
   * changes, so callers may cache what they derive from it by identity. Never to be modified.
   */
  fullState(doc: Y.Doc): Uint8Array
  /**
   * Answers sync step 1. A client that holds nothing gets the whole board, the same bytes for
   * everyone until the board changes: encoded once and reused, instead of once per joiner (50
   * people arriving together cost 50 encodings of a large board, measured in the benchmarks).
   */
  joinFrame(doc: Y.Doc, stateVector: Uint8Array): Uint8Array
}

/** Creates the cache for one room (which may swap in a new document when it rebuilds one). */
export function createStateCache(): StateCache {
  let state: Uint8Array | null = null
  let frame: Uint8Array | null = null
  let watched: Y.Doc | null = null
  const invalidate = () => {
    state = null
    frame = null
  }
  function watch(doc: Y.Doc): void {
    if (watched === doc) return
    watched?.off('update', invalidate)
    doc.on('update', invalidate)
    watched = doc
    invalidate()
  }
  const cache: StateCache = {
    fullState(doc) {
      watch(doc)
      state ??= Y.encodeStateAsUpdate(doc)
      return state
    },
    joinFrame(doc, stateVector) {
      if (!isEmptyStateVector(stateVector)) return syncStep2Frame(doc, stateVector)
      watch(doc)
      if (!frame) {
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, MessageType.sync)
        encoding.writeVarUint(encoder, SyncMessageType.step2)
        encoding.writeVarUint8Array(encoder, cache.fullState(doc))
        frame = encoding.toUint8Array(encoder)
      }
      return frame
    },
  }
  return cache
}
