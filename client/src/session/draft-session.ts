import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { notesMap, readNotes, roundIncludesRoom, type Note, type Round } from '@weave/shared'
import { createValueStore, reuseRecords, type ReadableStore } from './store'

/**
 * One participant's private draft during private rounds: a second document only its author can
 * open, connected only while it is needed (a private round not yet revealed, or notes still in it).
 */
export interface DraftSession {
  /** The private notes, oldest first (empty while the draft is closed). */
  readonly notes: ReadableStore<readonly Note[]>
  /** The draft document while it is open. */
  readonly doc: () => Y.Doc | null
  /** True when the note is one of the private notes. */
  readonly has: (noteId: string) => boolean
  readonly destroy: () => void
}

/** How the draft connects: a function that opens a provider for a doc (shared with the session). */
export type Connect = (doc: Y.Doc) => WebsocketProvider

/** True while a private round's notes are still hidden in this room. */
function awaitsReveal(round: Round | null, roomId: string): boolean {
  return (
    round !== null &&
    round.mode === 'private' &&
    round.revealedAt === null &&
    roundIncludesRoom(round, roomId)
  )
}

/** Opens and closes the draft as rounds come and go. */
export function createDraftSession(
  round: ReadableStore<Round | null>,
  roomId: string,
  connect: Connect | null,
): DraftSession {
  const notes = createValueStore<readonly Note[]>([])
  let open: { doc: Y.Doc; provider: WebsocketProvider; stop: () => void } | null = null

  function openDraft(opener: Connect): void {
    const doc = new Y.Doc()
    const provider = opener(doc)
    const map = notesMap(doc)
    const onChange = () => {
      notes.set(reuseRecords(notes.get(), readNotes(doc)))
      // Not from inside the document's own observer: closing destroys the document.
      queueMicrotask(update)
    }
    map.observeDeep(onChange)
    open = { doc, provider, stop: () => map.unobserveDeep(onChange) }
  }

  function closeDraft(): void {
    if (!open) return
    const closing = open
    open = null
    closing.stop()
    closing.provider.destroy()
    closing.doc.destroy()
    notes.set([])
  }

  function update(): void {
    if (!connect) return
    const needed = awaitsReveal(round.get(), roomId) || notes.get().length > 0
    if (needed && !open) openDraft(connect)
    else if (!needed && open) closeDraft()
  }

  const stopRound = round.subscribe(update)
  update()

  return {
    notes,
    doc: () => open?.doc ?? null,
    has: (noteId) => notes.get().some((note) => note.id === noteId),
    destroy() {
      stopRound()
      closeDraft()
    },
  }
}
