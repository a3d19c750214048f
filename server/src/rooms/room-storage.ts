import * as Y from 'yjs'
import type { Logger } from '../log.js'
import type { DocStore } from '../store/types.js'
import type { ServerOrigin } from './types.js'

/** A room's document in the store: loading it, appending to its log, folding the log. */
export interface RoomStorage {
  /** Applies everything stored to `target`, skipping (and logging) updates that do not apply. */
  load(target: Y.Doc): Promise<void>
  /** Appends a batch (durable when it resolves), compacting once enough has piled up. */
  append(updates: Uint8Array[]): Promise<void>
  /** Compacts if this room appended anything since its last compaction. */
  compactIfChanged(): Promise<void>
}

/** What a room's storage needs. */
export interface RoomStorageDeps {
  readonly docName: string
  readonly store: DocStore
  readonly log: Logger
  readonly compactAfterUpdates: number
  /** Several instances append to this document (cluster mode): compact exclusively. */
  readonly shared: boolean
  /** The live document, or null while it must not be compacted (loading, rebuilding, unloaded). */
  live(): Y.Doc | null
  /** Applies a stored update to the live document (cluster mode), relaying what it changes. */
  absorb(update: Uint8Array): void
}

/** Thrown inside a compaction's fold to give the compaction up (the room is being rebuilt). */
class CompactionSkipped extends Error {}

/** Creates a room's storage. */
export function createRoomStorage(deps: RoomStorageDeps): RoomStorage {
  const { store, docName } = deps
  let appendsSinceCompaction = 0

  function liveOrSkip(): Y.Doc {
    const doc = deps.live()
    if (!doc) throw new CompactionSkipped()
    return doc
  }

  async function compact(): Promise<void> {
    if (!deps.live()) return
    if (!deps.shared) {
      // Read the sequence first: every update stored up to it was applied to the live document
      // before it was stored, so the state encoded next includes all of them.
      const throughSeq = await store.latestSeq(docName)
      const doc = deps.live()
      if (!doc) return
      await store.compactDoc(docName, Y.encodeStateAsUpdate(doc), throughSeq)
      appendsSinceCompaction = 0
      return
    }
    // Other instances append too, so the live document may lack some stored updates: fold them
    // in first (Yjs skips what it already has), then store the document.
    const compacted = await store
      .compactExclusive(docName, (stored) => {
        for (const update of stored.updates) {
          liveOrSkip()
          deps.absorb(update)
        }
        return Y.encodeStateAsUpdate(liveOrSkip())
      })
      .catch((error: unknown) => {
        if (error instanceof CompactionSkipped) return false
        throw error
      })
    if (compacted) appendsSinceCompaction = 0
  }

  return {
    async load(target) {
      const stored = await store.loadDoc(docName)
      const origin: ServerOrigin = { source: 'store' }
      for (const update of stored.updates) {
        try {
          Y.applyUpdate(target, update, origin)
        } catch (error) {
          deps.log.error('skipping a stored update that does not apply', {
            doc: docName,
            error: String(error),
          })
        }
      }
      appendsSinceCompaction = stored.pendingCount
    },
    async append(updates) {
      await store.appendUpdates(docName, updates)
      appendsSinceCompaction += updates.length
      if (appendsSinceCompaction >= deps.compactAfterUpdates) await compact()
    },
    async compactIfChanged() {
      if (appendsSinceCompaction > 0) await compact()
    },
  }
}
