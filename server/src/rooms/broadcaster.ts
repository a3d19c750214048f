import * as Y from 'yjs'
import { updateFrame } from '../wire/frames.js'
import type { RoomConnection } from './types.js'

/** What the broadcaster needs from its room. */
export interface BroadcasterDeps {
  connections(): Iterable<RoomConnection>
  /** Makes a batch of updates durable; the batch is relayed only after this resolves. */
  persist(updates: Uint8Array[]): Promise<void>
  /** The frame carrying the current presence of `clientIds`, or null. */
  presenceFrame(clientIds: number[]): Uint8Array | null
  /** The awareness client ids `conn` owns (it is never sent their states back). */
  ownIds(conn: RoomConnection): ReadonlySet<number>
  /** Called when a flush fails (the store refused the batch); nothing of it was relayed. */
  onFlushError(error: unknown): void
  /**
   * Other instances (cluster mode): gets each flush's merged local updates once they are durable,
   * and the ids of local clients whose presence changed. Remote changes are never handed back.
   */
  readonly publish?: {
    update(update: Uint8Array): void
    presence(clientIds: number[]): void
  }
}

interface Outgoing {
  readonly update: Uint8Array
  readonly sender: RoomConnection | null
  /** Made durable by another instance: relay it, never store or publish it again. */
  readonly remote: boolean
}

/**
 * Batches a room's outgoing traffic per event-loop turn: the turn's document updates are stored
 * in one transaction (group commit), merged, and sent as one pre-encoded frame per connection,
 * none back to its sender; presence changes collapse to the latest state per client.
 */
export interface Broadcaster {
  queueUpdate(update: Uint8Array, sender: RoomConnection | null): void
  /** Queues another instance's (already stored) change for our clients. */
  queueRemoteUpdate(update: Uint8Array): void
  /** `local` = states of this instance's clients (published to other instances). */
  presenceChanged(clientIds: number[], local?: boolean): void
  /** Resolves when everything queued so far is stored and sent. */
  settled(): Promise<void>
  isIdle(): boolean
}

/** Creates a broadcaster. */
export function createBroadcaster(deps: BroadcasterDeps): Broadcaster {
  let outbox: Outgoing[] = []
  let changedPresence = new Set<number>()
  let changedLocalPresence = new Set<number>()
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
    const localPresenceIds = [...changedLocalPresence]
    outbox = []
    changedPresence = new Set()
    changedLocalPresence = new Set()
    const local = batch.filter((entry) => !entry.remote)
    let mergedLocal: Uint8Array | null = null
    if (local.length > 0) {
      // Throws when the store fails: then nothing of this batch is relayed or published.
      await deps.persist(local.map((entry) => entry.update))
      if (deps.publish) {
        mergedLocal = merged(local)
        deps.publish.update(mergedLocal)
      }
    }
    if (batch.length > 0) sendUpdates(batch, local.length === batch.length ? mergedLocal : null)
    if (presenceIds.length > 0) sendPresence(presenceIds)
    if (localPresenceIds.length > 0) deps.publish?.presence(localPresenceIds)
  }

  function sendUpdates(batch: Outgoing[], mergedAlready: Uint8Array | null): void {
    const everything = updateFrame(mergedAlready ?? merged(batch))
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
    const changed = new Set(ids)
    // One frame for everyone who changed nothing here; a mover gets the others' states only.
    let everything: Uint8Array | null | undefined
    for (const conn of deps.connections()) {
      const own: number[] = []
      for (const id of deps.ownIds(conn)) if (changed.has(id)) own.push(id)
      if (own.length === ids.length) continue
      let frame: Uint8Array | null
      if (own.length > 0) {
        frame = deps.presenceFrame(ids.filter((id) => !own.includes(id)))
      } else {
        if (everything === undefined) everything = deps.presenceFrame(ids)
        frame = everything
      }
      if (frame) conn.send(frame, 'presence')
    }
  }

  return {
    queueUpdate(update, sender) {
      outbox.push({ update, sender, remote: false })
      schedule()
    },
    queueRemoteUpdate(update) {
      outbox.push({ update, sender: null, remote: true })
      schedule()
    },
    presenceChanged(ids, local = true) {
      for (const id of ids) changedPresence.add(id)
      if (local) for (const id of ids) changedLocalPresence.add(id)
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

function merged(entries: readonly Outgoing[]): Uint8Array {
  return entries.length === 1 ? entries[0]!.update : Y.mergeUpdates(entries.map((e) => e.update))
}
