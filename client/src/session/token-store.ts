/** Where a workshop's token is kept between visits (one per workshop, per browser). */
export function tokenKey(workshopId: string): string {
  return `weave:token:${workshopId}`
}

/** The saved token for a workshop, if any. */
export function loadToken(workshopId: string): string | null {
  try {
    return localStorage.getItem(tokenKey(workshopId))
  } catch {
    return null
  }
}

/** Saves the token for a workshop (quietly does nothing when storage is blocked). */
export function saveToken(workshopId: string, token: string): void {
  try {
    localStorage.setItem(tokenKey(workshopId), token)
  } catch {
    // Private browsing may block storage: the session still works until the tab closes.
  }
}

/** Forgets the token for a workshop (e.g. after it expired). */
export function clearToken(workshopId: string): void {
  try {
    localStorage.removeItem(tokenKey(workshopId))
  } catch {
    // Nothing to clear.
  }
}
