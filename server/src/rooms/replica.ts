import * as Y from 'yjs'
import { BadMessageError } from '../sync/update-guard.js'

/**
 * Applies an update to a document and returns exactly the changes it made (what gets stored and
 * relayed). Throws BadMessageError when it fails or leaves dependencies missing: the document may
 * then hold part of it, so the caller must rebuild it from the store.
 */
export function applyCapturing(doc: Y.Doc, update: Uint8Array, origin: object): Uint8Array[] {
  const effective: Uint8Array[] = []
  const capture = (change: Uint8Array, changeOrigin: unknown) => {
    if (changeOrigin === origin) effective.push(change)
  }
  doc.on('update', capture)
  try {
    Y.applyUpdate(doc, update, origin)
  } catch (error) {
    throw new BadMessageError(`update failed to apply: ${String(error)}`)
  } finally {
    doc.off('update', capture)
  }
  // Legit clients only send updates whose dependencies the server already has; leftovers would
  // sit in memory forever, so they count as a bad message too.
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
    throw new BadMessageError('update has missing dependencies')
  }
  return effective
}

/** Runs a server-side change on a document and returns the update it produced. */
export function changeCapturing(
  doc: Y.Doc,
  change: (doc: Y.Doc) => void,
  origin: object,
): Uint8Array[] {
  const effective: Uint8Array[] = []
  const capture = (update: Uint8Array, changeOrigin: unknown) => {
    if (changeOrigin === origin) effective.push(update)
  }
  doc.on('update', capture)
  try {
    doc.transact(() => change(doc), origin)
  } finally {
    doc.off('update', capture)
  }
  return effective
}

/** A fresh copy of a document (for the policy shadow). */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}
