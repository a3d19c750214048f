import type { UnsentChanges } from './unsent-changes'

interface Waiter {
  readonly resolve: () => void
  readonly reject: (error: unknown) => void
}

interface Queue {
  /** Changes waiting to go, merged (the latest value of each field wins). */
  pending: Record<string, unknown> | null
  /** Who waits for `pending` to be written. */
  waiting: Waiter[]
  /** Fields a failed request kept (typed text), sent again by `flush`. */
  kept: Record<string, unknown> | null
  /** Who waits for the request on its way (null when none is). */
  inFlight: Waiter[] | null
  timer: ReturnType<typeof setTimeout> | undefined
}

/**
 * Sends changes to records the server writes, one request per record at a time (so they arrive
 * in the order they were made), shown at once through `changes`. A change may wait `delayMs` for
 * the next one (typing), which then goes in the same request. When a request fails, its fields
 * go back to the server's copy, except the `keep` ones (typed text): they stay shown and go again
 * with the next flush.
 */
export interface ChangeQueue<C extends object> {
  /** Resolves once the server wrote the change; rejects with the request's error. */
  readonly change: (id: string, change: C, delayMs?: number) => Promise<void>
  /** Sends what waits (kept fields too) now; resolves once all of it is written. */
  readonly flush: (id: string) => Promise<void>
  /** True while something for the record is not written yet (waiting, on its way or kept). */
  readonly hasUnsent: (id: string) => boolean
  /** True when a failed request left fields to send again. */
  readonly keeps: (id: string) => boolean
  /** Forgets what waits and what was kept, and shows the server's copy again. */
  readonly discard: (id: string) => void
  /** Sends again, for every record, what failures kept; failures stay kept. */
  readonly retry: () => void
  /** Sends what waits now, for every record (the room is closing). */
  readonly flushAll: () => void
}

/** Creates a queue sending with `send`. */
export function createChangeQueue<T extends { readonly id: string }, C extends object>(
  changes: UnsentChanges<T>,
  send: (id: string, change: C) => Promise<unknown>,
  keep: readonly string[] = [],
): ChangeQueue<C> {
  const queues = new Map<string, Queue>()

  function queueOf(id: string): Queue {
    let queue = queues.get(id)
    if (!queue) {
      queue = { pending: null, waiting: [], kept: null, inFlight: null, timer: undefined }
      queues.set(id, queue)
    }
    return queue
  }

  function waitOn(waiters: Waiter[]): Promise<void> {
    return new Promise((resolve, reject) => waiters.push({ resolve, reject }))
  }

  function forgetIfIdle(id: string, queue: Queue): void {
    if (!queue.pending && !queue.kept && !queue.inFlight) queues.delete(id)
  }

  function failed(id: string, queue: Queue, sent: Record<string, unknown>): void {
    const kept = Object.entries(sent).filter(([key]) => keep.includes(key))
    const dropped = Object.entries(sent).filter(([key]) => !keep.includes(key))
    if (dropped.length > 0) changes.drop(id, Object.fromEntries(dropped) as Partial<T>)
    if (kept.length > 0) queue.kept = { ...queue.kept, ...Object.fromEntries(kept) }
  }

  function pump(id: string): void {
    const queue = queues.get(id)
    if (!queue) return
    clearTimeout(queue.timer)
    queue.timer = undefined
    if (queue.inFlight || !queue.pending) return
    // What a failure kept goes along (newer values win): left behind, it would later overwrite them.
    const sent = { ...queue.kept, ...queue.pending }
    const waiters = queue.waiting
    queue.pending = null
    queue.kept = null
    queue.waiting = []
    queue.inFlight = waiters
    const finish = (outcome: { error: unknown } | null) => {
      // Cleared before anyone waiting goes on, so that a flush they make sees the truth.
      queue.inFlight = null
      if (outcome) failed(id, queue, sent)
      else changes.confirm(id, sent as Partial<T>)
      if (queue.pending && queue.timer === undefined) pump(id)
      else forgetIfIdle(id, queue)
      for (const waiter of waiters) {
        if (outcome) waiter.reject(outcome.error)
        else waiter.resolve()
      }
    }
    send(id, sent as C).then(
      () => finish(null),
      (error: unknown) => finish({ error }),
    )
  }

  function flush(id: string): Promise<void> {
    const queue = queues.get(id)
    if (!queue) return Promise.resolve()
    if (queue.kept) {
      queue.pending = { ...queue.kept, ...queue.pending }
      queue.kept = null
    }
    if (queue.pending) {
      const done = waitOn(queue.waiting)
      pump(id)
      return done
    }
    return queue.inFlight ? waitOn(queue.inFlight) : Promise.resolve()
  }

  return {
    change(id, change, delayMs = 0) {
      changes.set(id, change as Partial<T>)
      const queue = queueOf(id)
      queue.pending = { ...queue.pending, ...change }
      const done = waitOn(queue.waiting)
      clearTimeout(queue.timer)
      queue.timer = delayMs > 0 ? setTimeout(() => pump(id), delayMs) : undefined
      if (delayMs <= 0) pump(id)
      return done
    },
    flush,
    hasUnsent(id) {
      const queue = queues.get(id)
      return (
        queue !== undefined && (queue.pending !== null || queue.kept !== null || !!queue.inFlight)
      )
    },
    keeps: (id) => (queues.get(id)?.kept ?? null) !== null,
    discard(id) {
      const queue = queues.get(id)
      if (!queue) return
      clearTimeout(queue.timer)
      queue.timer = undefined
      const unsent = { ...queue.kept, ...queue.pending }
      const waiters = queue.waiting
      queue.pending = null
      queue.kept = null
      queue.waiting = []
      changes.drop(id, unsent as Partial<T>)
      forgetIfIdle(id, queue)
      for (const waiter of waiters) waiter.resolve()
    },
    retry() {
      for (const [id, queue] of queues) {
        if (queue.kept) flush(id).catch(() => undefined)
      }
    },
    flushAll() {
      for (const id of queues.keys()) pump(id)
    },
  }
}
