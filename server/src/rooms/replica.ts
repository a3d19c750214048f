import * as Y from 'yjs'
import { BadMessageError, MissingDependenciesError } from '../wire/closing-errors.js'

/**
 * Applies an update to a document and returns exactly the changes it made (what gets stored and
 * relayed). Throws BadMessageError when it fails or leaves dependencies missing: the document may
 * then hold part of it, so the caller must rebuild it from the store.
 */
export function applyCapturing(doc: Y.Doc, update: Uint8Array, origin: object): Uint8Array[] {
  // Another instance's update can wait on a gap in the fan-out for a moment (a catch-up fills it);
  // only what this update leaves missing counts against it.
  const waitingBefore = hasPending(doc)
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
  if (!waitingBefore && hasPending(doc)) {
    throw new MissingDependenciesError()
  }
  return effective
}

/** True when the document holds content whose dependencies it does not have yet. */
export function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null
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

/**
 * True when `update` continues some client's edits past what `doc` has (its first clock for that
 * client is beyond the document's state): a gap, found cheaply, before any replica is touched.
 * This is what a reconnecting client sends when its last update before a crash was never stored.
 */
export function startsBeyondState(doc: Y.Doc, update: Uint8Array): boolean {
  const { from } = Y.parseUpdateMeta(update)
  for (const [client, clock] of from) {
    if (clock > Y.getState(doc.store, client)) return true
  }
  return false
}
