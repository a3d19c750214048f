import type { AnonymousMine as MineAnswer, Round } from '@weave/shared'
import type { ConnectionStatus } from './connection'
import { createValueStore, type ReadableStore } from './store'

/** The ids of this person's anonymous notes and threads in the open room. */
export interface AnonymousIds {
  readonly notes: ReadonlySet<string>
  readonly threads: ReadonlySet<string>
  /** The server has answered: until then an anonymous note may be mine without being listed. */
  readonly known: boolean
}

/**
 * Which anonymous notes and threads of the room are this person's. Their records carry no author,
 * so only the server can say: it is asked when the room opens, again after a reveal (which
 * publishes anonymous private notes under new ids) and whenever the connection comes back; every
 * anonymous note or thread written from here is added at once.
 */
export interface AnonymousMine {
  readonly ids: ReadableStore<AnonymousIds>
  readonly hasNote: (noteId: string) => boolean
  readonly hasThread: (threadId: string) => boolean
  readonly add: (kind: 'note' | 'thread', id: string) => void
  readonly destroy: () => void
}

function merged(
  current: AnonymousIds,
  answer: { notes: readonly string[]; threads: readonly string[] },
  known: boolean,
): AnonymousIds {
  return {
    notes: new Set([...current.notes, ...answer.notes]),
    threads: new Set([...current.threads, ...answer.threads]),
    known: current.known || known,
  }
}

/** Changes when a round's reveal happened (a reveal publishes anonymous notes with new ids). */
function revealKey(round: Round | null): string | null {
  return round?.revealedAt ? `${round.id}@${round.revealedAt}` : null
}

/**
 * Starts asking; `fetchMine` is null for people who never write anonymously through the server
 * (facilitators, observers): they have none.
 */
export function createAnonymousMine(
  fetchMine: (() => Promise<MineAnswer>) | null,
  round: ReadableStore<Round | null>,
  status: ReadableStore<ConnectionStatus>,
): AnonymousMine {
  const ids = createValueStore<AnonymousIds>({
    notes: new Set(),
    threads: new Set(),
    known: fetchMine === null,
  })
  let destroyed = false

  function ask(): void {
    if (!fetchMine) return
    fetchMine().then(
      // Merged, not replaced: an id written meanwhile may be missing from an older answer.
      (answer) => {
        if (!destroyed) ids.set(merged(ids.get(), answer, true))
      },
      // Not fatal: asked again when the connection is back.
      () => undefined,
    )
  }

  let lastReveal = revealKey(round.get())
  let lastStatus = status.get()
  let wasOnline = lastStatus === 'online'
  const stops = [
    round.subscribe(() => {
      const key = revealKey(round.get())
      if (key === lastReveal) return
      lastReveal = key
      if (key) ask()
    }),
    status.subscribe(() => {
      const next = status.get()
      const back = next === 'online' && lastStatus !== 'online'
      lastStatus = next
      // The first time online, the answer to the first question is usually there already.
      if (back && (wasOnline || !ids.get().known)) ask()
      if (next === 'online') wasOnline = true
    }),
  ]
  ask()

  return {
    ids,
    hasNote: (noteId) => ids.get().notes.has(noteId),
    hasThread: (threadId) => ids.get().threads.has(threadId),
    add(kind, id) {
      const answer = kind === 'note' ? { notes: [id], threads: [] } : { notes: [], threads: [id] }
      ids.set(merged(ids.get(), answer, false))
    },
    destroy() {
      destroyed = true
      stops.forEach((stop) => stop())
    },
  }
}
