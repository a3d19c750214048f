import * as Y from 'yjs'

/**
 * Writers embed a sequence number in what they write: a note's `updatedAt` is MARK_BASE + seq (a
 * valid timestamp, in 2020, that no real edit or coordinate uses). The sender's schedule says when
 * write `seq` was meant to be sent, so a receiver times it from the intended send time, and a
 * missing sequence shows a write that never arrived.
 */
export const MARK_BASE = 1_600_000_000_000
const MARK_SPAN = 1_000_000_000

/** The value a writer stores for its write number `seq`. */
export function markOf(seq: number): number {
  return MARK_BASE + seq
}

/** One write found in an update: the Yjs client that made it and its sequence number. */
export interface Mark {
  readonly client: number
  readonly seq: number
}

/**
 * Finds the writes in an update by decoding its structs (no document needed: an overwrite does
 * not carry its key, so the mark is recognised by its value).
 */
export function marksIn(update: Uint8Array): Mark[] {
  const marks: Mark[] = []
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentAny)) continue
    for (const value of struct.content.arr) {
      if (typeof value === 'number' && value >= MARK_BASE && value < MARK_BASE + MARK_SPAN) {
        marks.push({ client: struct.id.client, seq: value - MARK_BASE })
      }
    }
  }
  return marks
}
