import type * as Y from 'yjs'
import { readNotes, sealNoteAuthor } from '@weave/shared'
import type { AuthorSeals } from '../auth/author-seals.js'

/**
 * Boards from before anonymous notes went through the server hold notes posted anonymously that
 * still carry their author's id (FAC-A4). On load, before anyone receives the board, the server
 * swaps each such id for a seal: the author can still change the note, nobody can tell whose it is.
 */
export function sealOldAnonymousNotes(doc: Y.Doc, seals: AuthorSeals, workshopId: string): number {
  const old = readNotes(doc).filter((note) => note.authorName === null && note.authorId !== null)
  for (const note of old) {
    sealNoteAuthor(doc, note.id, seals.seal(workshopId, note.authorId!))
  }
  return old.length
}
