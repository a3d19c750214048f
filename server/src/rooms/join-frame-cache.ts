import type * as Y from 'yjs'
import { syncStep2Frame } from '../sync/frames.js'

/** True for the state vector of a client that holds nothing yet (a fresh page load). */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0
}

/**
 * Answers sync step 1. A client that holds nothing gets the whole board, the same bytes for
 * everyone until the board changes: encoded once and reused, instead of once per joiner (50
 * people arriving together cost 50 encodings of a large board, measured in the benchmarks).
 */
export function createJoinFrameCache(): (doc: Y.Doc, stateVector: Uint8Array) => Uint8Array {
  let frame: Uint8Array | null = null
  let watched: Y.Doc | null = null
  const invalidate = () => {
    frame = null
  }
  return (doc, stateVector) => {
    if (!isEmptyStateVector(stateVector)) return syncStep2Frame(doc, stateVector)
    if (watched !== doc) {
      // The room swaps in a new document when it rebuilds one.
      watched?.off('update', invalidate)
      doc.on('update', invalidate)
      watched = doc
      frame = null
    }
    frame ??= syncStep2Frame(doc, stateVector)
    return frame
  }
}
