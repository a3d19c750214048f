import * as Y from 'yjs'
import { controlDocName, readPhase } from '@weave/shared'
import type { Clock } from '../clock.js'
import type { Logger } from '../log.js'
import type { RoomManager } from '../rooms/room-manager.js'
import type { Store } from '../store/types.js'
import type { WorkshopDeletion } from './workshop-deletion.js'

/** How often the sweep looks for closed workshops past the retention period. */
export const RETENTION_SWEEP_INTERVAL_MS = 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** Deletes closed workshops once they have been closed longer than the retention period. */
export interface RetentionSweep {
  /** One pass (the timer runs it every RETENTION_SWEEP_INTERVAL_MS); resolves with what it deleted. */
  sweep(): Promise<string[]>
  /** Stops the timer and waits for a pass under way. */
  close(): Promise<void>
}

/** What the sweep needs. */
export interface RetentionSweepDeps {
  readonly store: Store
  readonly rooms: RoomManager
  readonly deletion: WorkshopDeletion
  readonly clock: Clock
  readonly log: Logger
  /** Days a closed workshop is kept; null = forever (no sweep timer). */
  readonly retentionDays: number | null
  readonly intervalMs?: number
}

/**
 * Creates the sweep and starts its timer. Every instance sweeps: deletion is idempotent (and
 * serialised per workshop in PostgreSQL), so two passes at once delete each workshop once.
 * Each pass also drops rooms this instance still holds of a workshop that is gone from the
 * store (an instance that missed another's "deleted" message while Redis was away).
 */
export function createRetentionSweep(deps: RetentionSweepDeps): RetentionSweep {
  const { store, log } = deps
  let running: Promise<string[]> | null = null

  /**
   * Whether the workshop is still closed. The store decides a reopening (only then is the
   * closing time cleared); a room loaded here can only hold the deletion back for this pass: it
   * may be a step ahead of the store (a reopening not yet flushed) or, in a cluster, a step behind.
   */
  async function verdict(workshopId: string): Promise<'closed' | 'reopened' | 'unsure'> {
    const doc = new Y.Doc()
    try {
      for (const update of (await store.loadDoc(controlDocName(workshopId))).updates)
        Y.applyUpdate(doc, update)
      if (readPhase(doc) !== 'closed') return 'reopened'
    } finally {
      doc.destroy()
    }
    const loaded = deps.rooms.peek(controlDocName(workshopId))
    if (!loaded) return 'closed'
    // A room still loading holds an empty document, which would read as "not closed".
    const ready = await loaded.ready.then(
      () => true,
      () => false,
    )
    return ready && loaded.read(readPhase) === 'closed' ? 'closed' : 'unsure'
  }

  async function pass(): Promise<string[]> {
    for (const workshopId of deps.rooms.loadedWorkshops()) {
      if (!(await store.getWorkshop(workshopId))) await deps.deletion.forgetLocally(workshopId)
    }
    if (deps.retentionDays === null) return []
    const cutoff = deps.clock.now() - deps.retentionDays * DAY_MS
    const deleted: string[] = []
    for (const workshopId of await store.listClosedBefore(cutoff)) {
      const now = await verdict(workshopId)
      if (now === 'reopened') await store.setWorkshopClosedAt(workshopId, null)
      if (now !== 'closed') continue
      if (await deps.deletion.delete(workshopId, 'retention')) deleted.push(workshopId)
    }
    return deleted
  }

  function sweep(): Promise<string[]> {
    running ??= pass().finally(() => (running = null))
    return running
  }

  const timer = setInterval(() => {
    sweep().catch((error: unknown) => log.error('retention sweep failed', { error: String(error) }))
  }, deps.intervalMs ?? RETENTION_SWEEP_INTERVAL_MS)
  timer.unref()

  return {
    sweep,
    async close() {
      clearInterval(timer)
      await running?.catch(() => {})
    },
  }
}
