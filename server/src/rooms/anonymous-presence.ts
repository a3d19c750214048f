import * as Y from 'yjs'
import { childMap, notesMap, threadsMap } from '@weave/shared'

const NAMING_FIELDS = ['editing', 'selected'] as const

/**
 * A participant's stamped presence without `editing` or `selected` when they name an anonymous
 * note (FAC-M3): only its author (or a facilitator) edits one, so a participant seen on it would
 * be seen as its author. Our client never sends such a state; this holds for any client.
 */
export function quietAboutAnonymousNotes(state: string, doc: Y.Doc): string {
  if (!NAMING_FIELDS.some((field) => state.includes(`"${field}":"`))) return state
  const parsed = JSON.parse(state) as Record<string, unknown>
  let changed = false
  for (const field of NAMING_FIELDS) {
    const noteId = parsed[field]
    if (typeof noteId !== 'string') continue
    const note = childMap(notesMap(doc), noteId)
    if (note && note.get('authorId') == null) {
      parsed[field] = null
      changed = true
    }
  }
  return changed ? JSON.stringify(parsed) : state
}

/**
 * The Yjs client ids that wrote anonymous notes and threads (the server's writers): no presence
 * may claim one, or a participant could pose as their author and lead others to blame them.
 */
export function anonymousWriters(doc: Y.Doc): Set<number> {
  const writers = new Set<number>()
  for (const records of [notesMap(doc), threadsMap(doc)]) {
    records.forEach((record) => {
      if (record instanceof Y.Map && record._item && record.get('authorId') == null) {
        writers.add(record._item.id.client)
      }
    })
  }
  return writers
}
