import * as Y from 'yjs'
import { updateFrame } from '../sync/frames.js'
import type { RoomConnection } from './types.js'

/** What the broadcaster needs from its room. */
export interface BroadcasterDeps {
  connections(): Iterable<RoomConnection>
  /** Makes a batch of updates durable; the batch is relayed only after this resolves. */
  persist(updates: Uint8Array[]): Promise<void>
  /** The frame carrying the current presence of `clientIds`, or null. */
  presenceFrame(clientIds: number[]): Uint8Array | null
  /** True when `conn` owns every one of `clientIds` (so it needs none of them back). */
  ownsAll(conn: RoomConnection, clientIds: number[]): boolean
  /** Called when a flush fails (the store refused the batch); nothing of it was relayed. */
  onFlushError(error: unknown): void
}

/**
 * Batches a room's outgoing traffic per event-loop turn: the turn's document updates are stored
 * in one transaction (group commit), merged, and sent as one pre-encoded frame per connection,
 * none back to its sender; presence changes collapse to the latest state per client.
 */
export interface Broadcaster {
  queueUpdate(update: Uint8Array, sender: RoomConnection | null): void
  presenceChanged(clientIds: number[]): void
  /** Resolves when everything queued so far is stored and sent. */
  settled(): Promise<void>
  isIdle(): boolean
}

/** Creates a broadcaster. */
export function createBroadcaster(deps: BroadcasterDeps): Broadcaster {
  let outbox: Array<{ update: Uint8Array; sender: RoomConnection | null }> = []
  let changedPresence = new Set<number>()
  // The flush that will take what is queued now; null when nothing waits for a flush.
  let nextFlush: Promise<void> | null = null
  // The flush started last; flushes run one after another so stored order is relay order.
  let chain: Promise<void> = Promise.resolve()
  let running = 0

  function schedule(): void {
    if (nextFlush) return
    nextFlush = new Promise<void>((resolve) => {
      setImmediate(() => {
        nextFlush = null
        running++
        chain = chain
          .then(flush)
          .catch((error: unknown) => deps.onFlushError(error))
          .finally(() => {
            running--
            resolve()
          })
      })
    })
  }

  async function flush(): Promise<void> {
    const batch = outbox
    const presenceIds = [...changedPresence]
    outbox = []
    changedPresence = new Set()
    if (batch.length > 0) {
      // Throws when the store fails: then nothing of this batch is relayed.
      await deps.persist(batch.map((entry) => entry.update))
      sendUpdates(batch)
    }
    if (presenceIds.length > 0) sendPresence(presenceIds)
  }

  function sendUpdates(batch: Array<{ update: Uint8Array; sender: RoomConnection | null }>): void {
    const everything = updateFrame(
      batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((e) => e.update)),
    )
    const senders = new Set(batch.map((entry) => entry.sender))
    const withoutSender = new Map<RoomConnection, Uint8Array | null>()
    for (const conn of deps.connections()) {
      if (!senders.has(conn)) {
        conn.send(everything)
        continue
      }
      if (!withoutSender.has(conn)) {
        const others = batch.filter((entry) => entry.sender !== conn).map((entry) => entry.update)
        withoutSender.set(conn, others.length === 0 ? null : updateFrame(Y.mergeUpdates(others)))
      }
      const frame = withoutSender.get(conn)
      if (frame) conn.send(frame)
    }
  }

  function sendPresence(ids: number[]): void {
    const frame = deps.presenceFrame(ids)
    if (!frame) return
    for (const conn of deps.connections()) {
      if (!deps.ownsAll(conn, ids)) conn.send(frame)
    }
  }

  return {
    queueUpdate(update, sender) {
      outbox.push({ update, sender })
      schedule()
    },
    presenceChanged(ids) {
      for (const id of ids) changedPresence.add(id)
      schedule()
    },
    settled() {
      // Only what is queued now: a busy room must not starve whoever waits.
      return nextFlush ?? chain
    },
    isIdle() {
      return nextFlush === null && running === 0 && outbox.length === 0
    },
  }
}
