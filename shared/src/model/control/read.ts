import type * as Y from 'yjs'
import type * as z from 'zod/mini'

/** Reads a Y.Map's entries into a plain object and validates it; undefined when malformed. */
export function readMapAs<T>(map: Y.Map<unknown>, schema: z.ZodMiniType<T>): T | undefined {
  const parsed = schema.safeParse(Object.fromEntries(map.entries()))
  return parsed.success ? parsed.data : undefined
}

/** Replaces a Y.Map's entries with `values` (keys not in `values` are deleted). */
export function writeMap(map: Y.Map<unknown>, values: Record<string, unknown>): void {
  for (const key of [...map.keys()]) if (!(key in values)) map.delete(key)
  for (const [key, value] of Object.entries(values)) {
    if (map.get(key) !== value) map.set(key, value)
  }
}
