/** How long any wait may take before the test fails: a deadline, not a sleep. */
export const WAIT_DEADLINE_MS = 15_000

/**
 * Resolves when `check` returns true, re-checking each time `subscribe` reports a change.
 * Fails with `what` when the deadline passes first.
 */
export function waitForEvent(
  what: string,
  subscribe: (onChange: () => void) => () => void,
  check: () => boolean,
  deadlineMs = WAIT_DEADLINE_MS,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve()
    // A deadline as an abort event: the wait ends on the change, or fails when it fires.
    const deadline = AbortSignal.timeout(deadlineMs)
    let unsubscribe = () => {}
    const onDeadline = () => {
      unsubscribe()
      reject(new Error(`timed out waiting for ${what}`))
    }
    deadline.addEventListener('abort', onDeadline, { once: true })
    unsubscribe = subscribe(() => {
      if (!check()) return
      deadline.removeEventListener('abort', onDeadline)
      unsubscribe()
      resolve()
    })
  })
}

/**
 * Resolves when `check` holds, re-checking every `everyMs`: for state that has no event to
 * listen to (a server's counters). Fails with `what` at the deadline.
 */
export function pollUntil(what: string, check: () => boolean, everyMs = 20): Promise<void> {
  return waitForEvent(
    what,
    (onChange) => {
      const timer = setInterval(onChange, everyMs)
      return () => clearInterval(timer)
    },
    check,
  )
}

/**
 * Re-runs an async `check` (e.g. an HTTP request) until it returns true; each try waits for the
 * previous one's answer, so this paces itself. Fails with `what` after `deadlineMs`.
 */
export async function eventually(
  what: string,
  check: () => Promise<boolean>,
  deadlineMs = WAIT_DEADLINE_MS,
): Promise<void> {
  const deadline = AbortSignal.timeout(deadlineMs)
  while (!(await check())) {
    if (deadline.aborted) throw new Error(`timed out waiting for ${what}`)
  }
}
