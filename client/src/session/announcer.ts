import { createValueStore, type ReadableStore } from './store'

/** Announcements are spoken one at a time, at least this far apart. */
const ANNOUNCE_GAP_MS = 1_500
/** The same sentence again within this long is not news: it is dropped. */
const REPEAT_WINDOW_MS = 10_000
/** Waiting announcements beyond this many are dropped, oldest first (never a backlog). */
const MAX_QUEUED = 3

/** One sentence for the live region; `id` changes even when the text repeats. */
export interface Announcement {
  readonly id: number
  readonly text: string
}

/**
 * What screen reader users hear about the workshop (round started, vote closed, connection lost):
 * a polite queue, throttled so a burst of events becomes a few short sentences.
 */
export interface Announcer {
  readonly current: ReadableStore<Announcement | null>
  /** Queues a sentence (dropped when it was just said or is already waiting). */
  readonly say: (text: string) => void
  /** What keyboard focus is on now, said at once (it replaces the previous description). */
  readonly focus: ReadableStore<Announcement | null>
  /** Describes what keyboard focus just moved to. */
  readonly describe: (text: string) => void
  readonly destroy: () => void
}

/** A fresh announcer; `now` is injectable for tests. */
export function createAnnouncer(now: () => number = Date.now): Announcer {
  const current = createValueStore<Announcement | null>(null)
  const focus = createValueStore<Announcement | null>(null)
  const queue: string[] = []
  const lastSaid = new Map<string, number>()
  let nextId = 1
  let lastAt = -Infinity
  let timer: ReturnType<typeof setTimeout> | undefined

  function flush(): void {
    timer = undefined
    const text = queue.shift()
    if (text === undefined) return
    lastAt = now()
    lastSaid.set(text, lastAt)
    current.set({ id: nextId++, text })
    if (queue.length > 0) timer = setTimeout(flush, ANNOUNCE_GAP_MS)
  }

  return {
    current,
    say(text) {
      const said = lastSaid.get(text)
      if (queue.includes(text) || (said !== undefined && now() - said < REPEAT_WINDOW_MS)) return
      queue.push(text)
      while (queue.length > MAX_QUEUED) queue.shift()
      if (timer !== undefined) return
      const wait = ANNOUNCE_GAP_MS - (now() - lastAt)
      if (wait <= 0) flush()
      else timer = setTimeout(flush, wait)
    },
    focus,
    describe(text) {
      focus.set({ id: nextId++, text })
    },
    destroy() {
      clearTimeout(timer)
      queue.length = 0
    },
  }
}
