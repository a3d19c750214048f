import type * as Y from 'yjs'
import { childMap, notesMap } from '@weave/shared'

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
