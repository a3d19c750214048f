import type { Clock } from '../clock.js'

/** A token bucket: `perSecond` messages sustained, bursts up to `burst`. */
export interface RateLimiter {
  /** Takes one token; false when the bucket is empty (the sender is too fast). */
  take(): boolean
}

/** Creates a token bucket that refills continuously from `clock`. */
export function createRateLimiter(perSecond: number, burst: number, clock: Clock): RateLimiter {
  let tokens = burst
  let last = clock.now()
  return {
    take() {
      const now = clock.now()
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond)
      last = now
      if (tokens < 1) return false
      tokens -= 1
      return true
    },
  }
}
