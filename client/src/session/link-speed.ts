/**
 * The browser's estimates that mean a slow link (Network Information API): Chromium says "3g"
 * from about 270 ms round trips or below 700 kbit/s, which is the rural connection Weave plans for.
 */
const SLOW_TYPES = new Set(['slow-2g', '2g', '3g'])

interface NetworkInformation {
  readonly effectiveType?: string
  readonly saveData?: boolean
}

/**
 * True on a slow or metered connection: the person asked to save data, or the browser estimates a
 * 3G-class link or worse. The board then opens as the list, whose code is a third of the
 * canvas's. Browsers without the API (Safari, Firefox) never say so: they open as usual. The
 * browser's own estimate, not a timing of the page's request: that would also count a busy server.
 */
export function onSlowLink(): boolean {
  const connection = (navigator as { connection?: NetworkInformation }).connection
  if (connection?.saveData) return true
  return connection?.effectiveType !== undefined && SLOW_TYPES.has(connection.effectiveType)
}
