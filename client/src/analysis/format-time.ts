const CLOCK = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })

/** "14:05", or "12 Mar, 14:05" for another day than today. */
export function formatWhen(ms: number, now = Date.now()): string {
  const sameDay = new Date(ms).toDateString() === new Date(now).toDateString()
  return sameDay ? CLOCK.format(ms) : `${DAY.format(ms)}, ${CLOCK.format(ms)}`
}

/** "14:05": the time of day only. */
export function formatClock(ms: number): string {
  return CLOCK.format(ms)
}
