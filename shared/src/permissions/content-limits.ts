import type * as Y from 'yjs'
import { NOTE_TEXT_MAX_LENGTH } from '../model/records.js'

/**
 * What a document may hold, whoever writes it. The model functions never come near these limits;
 * they stop a crafted update from storing what no Weave client writes (blobs, sub-documents,
 * unknown roots, megabytes of text, a million notes) and from breaking readers and exports.
 * An import is held to the same limits (`importLimitProblem`).
 */
export const CONTENT_LIMITS = {
  notesPerBoard: 10_000,
  threadsPerBoard: 20_000,
  lanesPerWorkshop: 40,
  clustersPerBoard: 500,
  /**
   * Stored note text. Commands write at most NOTE_TEXT_MAX_LENGTH, but two people typing into one
   * note at once can merge past it: the ceiling leaves room for that.
   */
  noteTextLength: NOTE_TEXT_MAX_LENGTH * 4,
  /** Types inside types below a root (a note's text is 2 deep; the control document's plan 3). */
  nesting: 4,
} as const

/**
 * True when `map` holds more than `limit` entries and this transaction added one of `keys`. Only
 * growth is refused: a document already past a limit (stored before the limit held) keeps its
 * entries editable and removable.
 */
export function growsPast(
  map: Y.Map<unknown>,
  keys: Iterable<string | null>,
  transaction: Y.Transaction,
  limit: number,
): boolean {
  if (map.size <= limit) return false
  for (const key of keys) {
    const item = key === null ? undefined : map._map.get(key)
    if (item === undefined || item.deleted) continue
    if (item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0)) return true
  }
  return false
}
