/** Paths and shareable links of the app, in one place. */

/** The board of a workshop. */
export function boardPath(workshopId: string): string {
  return `/w/${workshopId}`
}

/** The analysis page of a workshop (optionally with a query such as `snapshot=...`). */
export function analysisPath(workshopId: string, query?: Record<string, string>): string {
  const search = query ? new URLSearchParams(query).toString() : ''
  return `/w/${workshopId}/analysis${search ? `?${search}` : ''}`
}

/** The join page of a workshop (optionally with a fragment such as `code=XXXX`). */
export function joinPath(workshopId: string, fragment?: string): string {
  return `/w/${workshopId}/join${fragment ? `#${fragment}` : ''}`
}

/** The link participants open to join. */
export function participantLink(workshopId: string, joinCode: string): string {
  return `${location.origin}${joinPath(workshopId, `code=${encodeURIComponent(joinCode)}`)}`
}

/** The link observers open to watch. */
export function observerLink(workshopId: string, observerCode: string): string {
  return `${location.origin}${joinPath(workshopId, `observer=${encodeURIComponent(observerCode)}`)}`
}

/** The facilitator's private link back to the board (it carries their token). */
export function facilitatorLink(workshopId: string, token: string): string {
  return `${location.origin}/w/${workshopId}/facilitate#token=${encodeURIComponent(token)}`
}

/** Reads `key=value` pairs from the URL fragment (`#code=ABCD&x=y`). */
export function readFragment(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash)
}
