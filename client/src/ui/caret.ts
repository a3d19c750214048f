/**
 * Where a caret (or selection end) at `offset` in `before` belongs after the text became `after`
 * through someone else's edit: it stays put before the changed span and shifts with the text
 * after it. The changed span is found by trimming the common prefix and suffix.
 */
export function transformOffset(before: string, after: string, offset: number): number {
  let prefix = 0
  const shortest = Math.min(before.length, after.length)
  while (prefix < shortest && before[prefix] === after[prefix]) prefix++
  let suffix = 0
  while (
    suffix < shortest - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++
  }
  if (offset <= prefix) return offset
  if (offset >= before.length - suffix) return offset + (after.length - before.length)
  return after.length - suffix
}
