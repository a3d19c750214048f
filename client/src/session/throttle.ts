/**
 * Calls `run` at most once per `intervalMs`, always with the latest arguments, and once more at
 * the end so the last call is never lost. `flush` runs a pending call now; `cancel` drops it.
 */
export function throttle<A extends unknown[]>(
  run: (...args: A) => void,
  intervalMs: number,
): { (...args: A): void; flush: () => void; cancel: () => void } {
  let lastRunAt = 0
  let pending: A | null = null
  let timer: ReturnType<typeof setTimeout> | undefined

  function fire(): void {
    timer = undefined
    if (!pending) return
    const args = pending
    pending = null
    lastRunAt = Date.now()
    run(...args)
  }

  function throttled(...args: A): void {
    pending = args
    const wait = intervalMs - (Date.now() - lastRunAt)
    if (wait <= 0) {
      clearTimeout(timer)
      fire()
    } else if (timer === undefined) {
      timer = setTimeout(fire, wait)
    }
  }
  throttled.flush = () => {
    clearTimeout(timer)
    fire()
  }
  throttled.cancel = () => {
    clearTimeout(timer)
    timer = undefined
    pending = null
  }
  return throttled
}
