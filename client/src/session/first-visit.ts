const STORAGE_KEY = 'weave:first-visit-hint'

/** True when this browser has not yet closed the first-visit hint. */
export function firstVisitHintWanted(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === null
  } catch {
    return true
  }
}

/** Remembers that the first-visit hint was read and closed. */
export function rememberFirstVisitHint(): void {
  try {
    localStorage.setItem(STORAGE_KEY, 'closed')
  } catch {
    // Storage blocked: the hint comes back next visit, which is harmless.
  }
}

/** Shows the hint again next visit (log out: the next person on this device is new here). */
export function forgetFirstVisitHint(): void {
  try {
    localStorage.removeItem(STORAGE_KEY)
  } catch {
    // Nothing to forget.
  }
}
