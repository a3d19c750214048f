import type { Redis } from 'ioredis'

/** How often each Redis connection is pinged. */
export const LIVENESS_PING_MS = 2000
/** How long a ping may go unanswered before the connection is dropped and opened again. */
export const LIVENESS_TIMEOUT_MS = 3000

/**
 * Pings a connection while it is ready and reconnects it when a ping goes unanswered. A socket
 * that stays open while nothing gets through (a silent partition) is never closed by the OS in
 * time; for a subscriber it would mean missing messages without ever resubscribing, and it is the
 * resubscription that triggers the catch-up from the store. Returns a function that stops it.
 */
export function watchLiveness(client: Redis, onDead: () => void): () => void {
  let waiting: NodeJS.Timeout | null = null
  const interval = setInterval(() => {
    if (waiting || client.status !== 'ready') return
    const timer = setTimeout(() => {
      waiting = null
      onDead()
      client.disconnect(true)
    }, LIVENESS_TIMEOUT_MS)
    timer.unref()
    waiting = timer
    client
      .ping()
      .catch(() => {})
      .finally(() => {
        clearTimeout(timer)
        if (waiting === timer) waiting = null
      })
  }, LIVENESS_PING_MS)
  interval.unref()
  return () => {
    clearInterval(interval)
    if (waiting) clearTimeout(waiting)
  }
}
