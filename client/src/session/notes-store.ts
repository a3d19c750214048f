import {
  compareNotes,
  notesMap,
  observeNoteChanges,
  readNote,
  readNotes,
  readThreads,
  threadsMap,
  type Note,
  type Thread,
} from '@weave/shared'
import type * as Y from 'yjs'
import {
  createDerivedStore,
  createListeners,
  reuseRecords,
  shallowEqual,
  type DerivedStore,
} from './store'

/**
 * A room's notes as a store that re-reads only the notes a change touched (the model reports
 * their ids), keeps every untouched note object as it was, and keeps the list itself when
 * nothing visible changed: memoised note components then skip rendering.
 */
export function createNotesStore(doc: Y.Doc): DerivedStore<readonly Note[]> {
  const byId = new Map<string, Note>(readNotes(doc).map((note) => [note.id, note]))
  let list: readonly Note[] = [...byId.values()]
  const dirty = new Set<string>()
  const listeners = createListeners()
  const stop = observeNoteChanges(doc, (ids) => {
    for (const id of ids) dirty.add(id)
    listeners.emit()
  })
  return {
    get() {
      if (dirty.size === 0) return list
      let changed = false
      for (const id of dirty) {
        const previous = byId.get(id)
        const next = readNote(doc, id)
        if (!next) changed = byId.delete(id) || changed
        else if (!previous || !shallowEqual(previous, next)) {
          byId.set(id, next)
          changed = true
        }
      }
      dirty.clear()
      if (changed) list = [...byId.values()].sort(compareNotes)
      return list
    },
    subscribe: listeners.add,
    destroy: stop,
  }
}

/** A room's threads as a store (threads disappear with their notes, so both maps are watched). */
export function createThreadsStore(doc: Y.Doc): DerivedStore<readonly Thread[]> {
  return createDerivedStore<readonly Thread[]>(
    (onChange) => {
      threadsMap(doc).observeDeep(onChange)
      notesMap(doc).observe(onChange)
      return () => {
        threadsMap(doc).unobserveDeep(onChange)
        notesMap(doc).unobserve(onChange)
      }
    },
    () => readThreads(doc),
    reuseRecords,
  )
}
