import type * as Y from 'yjs'
import { notesMap } from './board-doc.js'
import type { Note } from './records.js'

/** The order readNotes returns: creation time, then id (a stable order for equal times). */
export function compareNotes(a: Note, b: Note): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)
}

/**
 * Calls `onChange` after each transaction with the ids of the notes it added, changed or
 * removed, so a reader can re-read those alone: on a 2,000-note board, re-reading (and
 * validating) every note for each remote drag step cost the browser most of a frame.
 */
export function observeNoteChanges(
  doc: Y.Doc,
  onChange: (noteIds: ReadonlySet<string>) => void,
): () => void {
  const notes = notesMap(doc)
  const handler = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    const ids = new Set<string>()
    for (const event of events) {
      if (event.target === notes) for (const key of event.changes.keys.keys()) ids.add(key)
      else if (typeof event.path[0] === 'string') ids.add(event.path[0])
    }
    if (ids.size > 0) onChange(ids)
  }
  notes.observeDeep(handler)
  return () => notes.unobserveDeep(handler)
}
