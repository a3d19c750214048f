import { fetchServerTime } from '../api/facilitation-api'
import { createValueStore, type ReadableStore } from './store'

/** Samples taken per estimate; the one with the shortest round trip wins. */
const SAMPLES_PER_ESTIMATE = 5
/** Estimates are refreshed this often (clocks drift, laptops sleep). */
const RESYNC_INTERVAL_MS = 5 * 60_000
/** After a failed estimate (server busy, offline), try again after this long. */
const RETRY_AFTER_MS = 10_000

/**
 * The server's clock as seen from here: `now()` is this browser's clock corrected by the offset
 * measured against `GET /api/time`, so every countdown agrees whatever the local clock says.
 */
export interface ServerClock {
  /** Server time in ms, estimated. */
  readonly now: () => number
  /** Server time minus local time, in ms (0 until measured). */
  readonly offset: ReadableStore<number>
  /** True once the first measurement is done (or failed, leaving the local clock). */
  readonly ready: ReadableStore<boolean>
  readonly destroy: () => void
}

/** Measures the offset once: offset = server − midpoint of the request, best of a few samples. */
async function estimateOffset(token: string): Promise<number> {
  let best: { roundTrip: number; offset: number } | null = null
  for (let sample = 0; sample < SAMPLES_PER_ESTIMATE; sample++) {
    const sentAt = Date.now()
    const { now } = await fetchServerTime(token)
    const receivedAt = Date.now()
    const roundTrip = receivedAt - sentAt
    if (!best || roundTrip < best.roundTrip) {
      best = { roundTrip, offset: now - (sentAt + receivedAt) / 2 }
    }
  }
  return best?.offset ?? 0
}

/** Starts measuring the server's clock and keeps the estimate fresh until destroyed. */
export function createServerClock(token: string): ServerClock {
  const offset = createValueStore(0)
  const ready = createValueStore(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let destroyed = false

  function measure(): void {
    estimateOffset(token).then(
      (value) => {
        if (destroyed) return
        offset.set(Math.round(value))
        ready.set(true)
        timer = setTimeout(measure, RESYNC_INTERVAL_MS)
      },
      () => {
        if (destroyed) return
        ready.set(true)
        timer = setTimeout(measure, RETRY_AFTER_MS)
      },
    )
  }

  function onVisible(): void {
    if (document.visibilityState !== 'visible') return
    clearTimeout(timer)
    measure()
  }

  measure()
  document.addEventListener('visibilitychange', onVisible)
  return {
    now: () => Date.now() + offset.get(),
    offset,
    ready,
    destroy() {
      destroyed = true
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', onVisible)
    },
  }
}
