/** Where the closed first-visit hint is remembered (tests and benchmarks set it to skip the hint). */
export const FIRST_VISIT_HINT_KEY = 'weave:first-visit-hint'

/** True when this browser has not yet closed the first-visit hint. */
export function firstVisitHintWanted(): boolean {
  try {
    return localStorage.getItem(FIRST_VISIT_HINT_KEY) === null
  } catch {
    return true
  }
}

/** Remembers that the first-visit hint was read and closed. */
export function rememberFirstVisitHint(): void {
  try {
    localStorage.setItem(FIRST_VISIT_HINT_KEY, 'closed')
  } catch {
    // Storage blocked: the hint comes back next visit, which is harmless.
  }
}

/** Shows the hint again next visit (log out: the next person on this device is new here). */
export function forgetFirstVisitHint(): void {
  try {
    localStorage.removeItem(FIRST_VISIT_HINT_KEY)
  } catch {
    // Nothing to forget.
  }
}
