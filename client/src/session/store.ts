/** A value that React (or anyone) can read now and be told about when it changes. */
export interface ReadableStore<T> {
  readonly get: () => T
  readonly subscribe: (listener: () => void) => () => void
}

/** A store whose value is set from outside. */
export interface ValueStore<T> extends ReadableStore<T> {
  readonly set: (value: T) => void
}

/** A store computed from a source; `destroy` detaches it from the source. */
export interface DerivedStore<T> extends ReadableStore<T> {
  readonly destroy: () => void
}

/** A set of change listeners: the notification half of every store. */
export function createListeners(): { add: (listener: () => void) => () => void; emit: () => void } {
  const listeners = new Set<() => void>()
  return {
    add(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    emit() {
      for (const listener of [...listeners]) listener()
    },
  }
}

/** A plain value store; setting an equal value does not notify. */
export function createValueStore<T>(
  initial: T,
  equal: (a: T, b: T) => boolean = Object.is,
): ValueStore<T> {
  let value = initial
  const listeners = createListeners()
  return {
    get: () => value,
    subscribe: listeners.add,
    set(next) {
      if (equal(value, next)) return
      value = next
      listeners.emit()
    },
  }
}

/**
 * A part of another store's value. It is picked again only when the source's value changes, and
 * the previous part is kept while `same` holds, so snapshots stay referentially stable.
 */
export function selectStore<T, S>(
  source: ReadableStore<T>,
  pick: (value: T) => S,
  same: (a: S, b: S) => boolean = Object.is,
): ReadableStore<S> {
  let last: { readonly from: T; readonly part: S } | null = null
  return {
    get() {
      const from = source.get()
      if (last && Object.is(last.from, from)) return last.part
      const next = pick(from)
      last = { from, part: last && same(last.part, next) ? last.part : next }
      return last.part
    },
    subscribe: source.subscribe,
  }
}

/**
 * A store recomputed lazily from `read` after `watch` reports a change. `reuse` may return the
 * previous value (or parts of it) when nothing visible changed, so snapshots stay referentially
 * stable and memoised components skip rendering.
 */
export function createDerivedStore<T>(
  watch: (onChange: () => void) => () => void,
  read: () => T,
  reuse: (previous: T, next: T) => T,
): DerivedStore<T> {
  let value = read()
  let dirty = false
  const listeners = createListeners()
  const unwatch = watch(() => {
    dirty = true
    listeners.emit()
  })
  return {
    get() {
      if (dirty) {
        dirty = false
        value = reuse(value, read())
      }
      return value
    },
    subscribe: listeners.add,
    destroy: unwatch,
  }
}

export function shallowEqual<T extends object>(a: T, b: T): boolean {
  if (a === b) return true
  const keysA = Object.keys(a) as (keyof T)[]
  if (keysA.length !== Object.keys(b).length) return false
  return keysA.every((key) => Object.is(a[key], b[key]))
}

/**
 * Structural sharing for lists of records with ids: records that did not change keep their
 * identity, and the list itself is reused when every record did.
 */
export function reuseRecords<T extends { readonly id: string }>(
  previous: readonly T[],
  next: readonly T[],
): readonly T[] {
  const byId = new Map(previous.map((record) => [record.id, record]))
  let changed = previous.length !== next.length
  const merged = next.map((record, index) => {
    const old = byId.get(record.id)
    const kept = old && shallowEqual(old, record) ? old : record
    if (kept !== previous[index]) changed = true
    return kept
  })
  return changed ? merged : previous
}

/** Structural sharing for plain JSON-like values (presence): equal by content. */
export function reuseJson<T>(previous: T, next: T): T {
  return JSON.stringify(previous) === JSON.stringify(next) ? previous : next
}

/** A store computed from other stores; recomputed lazily after any of them changes. */
export function combineStores<T>(
  sources: readonly ReadableStore<unknown>[],
  read: () => T,
  reuse: (previous: T, next: T) => T,
): DerivedStore<T> {
  return createDerivedStore(
    (onChange) => {
      const stops = sources.map((source) => source.subscribe(onChange))
      return () => stops.forEach((stop) => stop())
    },
    read,
    reuse,
  )
}
