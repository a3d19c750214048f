import { createListeners, type ReadableStore } from './store'

interface Field {
  readonly value: unknown
  /** The server said it wrote this value: it goes once the server's copy shows it. */
  readonly confirmed: boolean
}

interface Entry {
  readonly fields: Map<string, Field>
  /** Deleted here; shown again if the server refuses. */
  hidden: boolean
}

/**
 * Changes made here to records the server writes (anonymous notes and threads), shown on top of
 * the server's copy until it has them: so a dragged note stays where it was put, typing stays in
 * the note and the arrow keys move from where the note is now, while the request and the
 * document's update are on their way. A change the server refuses is dropped again.
 */
export interface UnsentChanges<T extends { readonly id: string }> {
  /** Changes whenever what `apply` gives changes. */
  readonly version: ReadableStore<number>
  /** Shows `fields` on the record now. */
  readonly set: (id: string, fields: Partial<T>) => void
  /** Leaves the record out now (it is being deleted). */
  readonly hide: (id: string) => void
  /** The server wrote these values: each goes once the server's copy shows it. */
  readonly confirm: (id: string, fields: Partial<T>) => void
  /** The server refused: back to its copy (fields changed again since stay). */
  readonly drop: (id: string, fields: Partial<T> | 'hidden') => void
  /** Forgets every change the server confirmed (its copy was just synced: it is the truth). */
  readonly settleConfirmed: () => void
  /** Compares confirmed changes with the server's copy again (call when it changed). */
  readonly settle: () => void
  readonly isHidden: (id: string) => boolean
  /** The unsent value of one field, if any. */
  readonly valueOf: <K extends keyof T & string>(id: string, key: K) => T[K] | undefined
  /** The server's records with these changes on top (the same array when there are none). */
  readonly apply: (records: readonly T[]) => readonly T[]
}

/** Keeps unsent changes over the server's records, which `read` gives. */
export function createUnsentChanges<T extends { readonly id: string }>(
  read: () => readonly T[],
): UnsentChanges<T> {
  const entries = new Map<string, Entry>()
  const listeners = createListeners()
  let version = 0

  function changed(): void {
    version += 1
    listeners.emit()
  }

  function entryOf(id: string): Entry {
    let entry = entries.get(id)
    if (!entry) {
      entry = { fields: new Map(), hidden: false }
      entries.set(id, entry)
    }
    return entry
  }

  function forgetIfEmpty(id: string, entry: Entry): void {
    if (entry.fields.size === 0 && !entry.hidden) entries.delete(id)
  }

  /** Drops what the server's copy already shows; true when something went. */
  function settleEntries(): boolean {
    if (entries.size === 0) return false
    const byId = new Map(read().map((record) => [record.id, record as Record<string, unknown>]))
    let gone = false
    for (const [id, entry] of entries) {
      const record = byId.get(id)
      if (!record) {
        // Deleted (here or by someone else): nothing to show a change on.
        entries.delete(id)
        gone = true
        continue
      }
      for (const [key, field] of entry.fields) {
        if (field.confirmed && Object.is(record[key], field.value)) {
          entry.fields.delete(key)
          gone = true
        }
      }
      forgetIfEmpty(id, entry)
    }
    return gone
  }

  return {
    version: { get: () => version, subscribe: listeners.add },
    set(id, fields) {
      const entry = entryOf(id)
      for (const [key, value] of Object.entries(fields)) {
        entry.fields.set(key, { value, confirmed: false })
      }
      changed()
    },
    hide(id) {
      entryOf(id).hidden = true
      changed()
    },
    confirm(id, fields) {
      const entry = entries.get(id)
      if (!entry) return
      for (const [key, value] of Object.entries(fields)) {
        const field = entry.fields.get(key)
        if (field && Object.is(field.value, value)) {
          entry.fields.set(key, { value, confirmed: true })
        }
      }
      if (settleEntries()) changed()
    },
    drop(id, fields) {
      const entry = entries.get(id)
      if (!entry) return
      if (fields === 'hidden') entry.hidden = false
      else {
        for (const [key, value] of Object.entries(fields)) {
          if (Object.is(entry.fields.get(key)?.value, value)) entry.fields.delete(key)
        }
      }
      forgetIfEmpty(id, entry)
      changed()
    },
    settleConfirmed() {
      let gone = false
      for (const [id, entry] of entries) {
        for (const [key, field] of entry.fields) {
          if (!field.confirmed) continue
          entry.fields.delete(key)
          gone = true
        }
        forgetIfEmpty(id, entry)
      }
      if (gone) changed()
    },
    settle() {
      if (settleEntries()) changed()
    },
    isHidden: (id) => entries.get(id)?.hidden ?? false,
    valueOf<K extends keyof T & string>(id: string, key: K) {
      return entries.get(id)?.fields.get(key)?.value as T[K] | undefined
    },
    apply(records) {
      if (entries.size === 0) return records
      const shown: T[] = []
      for (const record of records) {
        const entry = entries.get(record.id)
        if (!entry) shown.push(record)
        else if (!entry.hidden) {
          const fields = Object.fromEntries(
            [...entry.fields].map(([key, field]) => [key, field.value]),
          )
          shown.push({ ...record, ...fields })
        }
      }
      return shown
    },
  }
}
