import type {
  AnonymousNoteChange,
  AnonymousNoteRequest,
  AnonymousThreadChange,
  AnonymousThreadRequest,
  Note,
  Thread,
} from '@weave/shared'
import type { AnonymousApi } from '../api/anonymous-api'
import type { AnonymousMine } from './anonymous-mine'
import { createChangeQueue, type ChangeQueue } from './change-queue'
import { createValueStore, type ReadableStore } from './store'
import type { UnsentChanges } from './unsent-changes'

/**
 * This person's anonymous writing in the open room, through the server (which writes the records
 * with its own Yjs client, so nothing in the room ties them to this person's connection).
 * Changes show at once (UnsentChanges) and go one request at a time per record; new records
 * become "mine" as soon as the server names them. Every call rejects with the request's error.
 */
export interface AnonymousWriter {
  /** How many new anonymous notes or threads are on their way (the cursor stays hidden). */
  readonly creating: ReadableStore<number>
  readonly createNote: (input: AnonymousNoteRequest) => Promise<string>
  readonly createThread: (input: AnonymousThreadRequest) => Promise<string>
  /** Changes to my anonymous notes and threads, one request at a time per record. */
  readonly notes: ChangeQueue<AnonymousNoteChange>
  readonly threads: ChangeQueue<AnonymousThreadChange>
  /** Hidden at once, shown again if the server refuses. */
  readonly deleteNote: (noteId: string) => Promise<void>
  readonly deleteThread: (threadId: string) => Promise<void>
  /** Sends what is waiting (the room is closing). */
  readonly destroy: () => void
}

/** Creates the writer over the room's API and the unsent changes shown on its notes and threads. */
export function createAnonymousWriter(deps: {
  api: AnonymousApi
  mine: AnonymousMine
  noteChanges: UnsentChanges<Note>
  threadChanges: UnsentChanges<Thread>
}): AnonymousWriter {
  const { api, mine, noteChanges, threadChanges } = deps
  const creating = createValueStore(0)
  // A note's typed text is what must never be lost: a failed request keeps it for the next try.
  const notes = createChangeQueue(noteChanges, api.changeNote, ['text'])
  const threads = createChangeQueue(threadChanges, api.changeThread)

  async function create(kind: 'note' | 'thread', write: () => Promise<{ id: string }>) {
    creating.set(creating.get() + 1)
    try {
      const { id } = await write()
      mine.add(kind, id)
      return id
    } finally {
      creating.set(creating.get() - 1)
    }
  }

  async function remove(
    id: string,
    queue: ChangeQueue<object>,
    changes: UnsentChanges<Note> | UnsentChanges<Thread>,
    send: (id: string) => Promise<unknown>,
  ): Promise<void> {
    queue.discard(id)
    changes.hide(id)
    try {
      await send(id)
    } catch (error) {
      changes.drop(id, 'hidden')
      throw error
    }
  }

  return {
    creating,
    createNote: (input) => create('note', () => api.createNote(input)),
    createThread: (input) => create('thread', () => api.createThread(input)),
    notes,
    threads,
    deleteNote: (noteId) => remove(noteId, notes, noteChanges, api.deleteNote),
    deleteThread: (threadId) => remove(threadId, threads, threadChanges, api.deleteThread),
    destroy() {
      notes.flushAll()
      threads.flushAll()
    },
  }
}
