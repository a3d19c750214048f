import type { AnonymousMine as MineAnswer, Note, Round, Thread } from '@weave/shared'
import type { AnonymousApi } from '../api/anonymous-api'
import { createAnonymousMine, type AnonymousMine } from './anonymous-mine'
import { createAnonymousWriter, type AnonymousWriter } from './anonymous-writer'
import type { ConnectionStatus } from './connection'
import { combineStores, reuseRecords, type DerivedStore, type ReadableStore } from './store'
import { createUnsentChanges, type UnsentChanges } from './unsent-changes'

/**
 * The room part of anonymous writing: which anonymous records are this person's, the writer
 * that sends their changes through the server, and the room's notes and threads as shown here
 * (the board's, with the changes not yet written on top).
 */
export interface AnonymousPart {
  readonly mine: AnonymousMine
  readonly writer: AnonymousWriter
  readonly notes: ReadableStore<readonly Note[]>
  readonly threads: ReadableStore<readonly Thread[]>
  readonly destroy: () => void
}

/** Starts it over the room's own stores; `writesAnonymously` for participants. */
export function createAnonymousPart(deps: {
  sharedNotes: DerivedStore<readonly Note[]>
  sharedThreads: DerivedStore<readonly Thread[]>
  api: AnonymousApi
  writesAnonymously: boolean
  round: ReadableStore<Round | null>
  status: ReadableStore<ConnectionStatus>
}): AnonymousPart {
  const { sharedNotes, sharedThreads, api, status } = deps
  const noteChanges = createUnsentChanges<Note>(sharedNotes.get)
  const threadChanges = createUnsentChanges<Thread>(sharedThreads.get)
  const fetchMine: (() => Promise<MineAnswer>) | null = deps.writesAnonymously ? api.mine : null
  const mine = createAnonymousMine(fetchMine, deps.round, status)
  const writer = createAnonymousWriter({ api, mine, noteChanges, threadChanges })
  const notes = shownNotes(sharedNotes, noteChanges)
  const threads = shownThreads(sharedThreads, threadChanges, noteChanges)
  const stops = [
    sharedNotes.subscribe(noteChanges.settle),
    sharedThreads.subscribe(threadChanges.settle),
    onBackOnline(status, () => {
      // Just synced: the board is the truth now; typed text a failure kept goes again.
      noteChanges.settleConfirmed()
      threadChanges.settleConfirmed()
      writer.notes.retry()
      writer.threads.retry()
    }),
  ]
  return {
    mine,
    writer,
    notes,
    threads,
    destroy() {
      writer.destroy()
      stops.forEach((stop) => stop())
      notes.destroy()
      threads.destroy()
      mine.destroy()
    },
  }
}

/** Calls `run` each time the connection is (back) up and synced. */
function onBackOnline(status: ReadableStore<ConnectionStatus>, run: () => void): () => void {
  let previous = status.get()
  return status.subscribe(() => {
    const next = status.get()
    if (next === 'online' && previous !== 'online') run()
    previous = next
  })
}

// With no unsent change (nearly always), the board's own lists go through untouched.

function shownNotes(shared: DerivedStore<readonly Note[]>, changes: UnsentChanges<Note>) {
  return combineStores<readonly Note[]>(
    [shared, changes.version],
    () => changes.apply(shared.get()),
    (previous, next) => (next === shared.get() ? next : reuseRecords(previous, next)),
  )
}

function shownThreads(
  shared: DerivedStore<readonly Thread[]>,
  changes: UnsentChanges<Thread>,
  noteChanges: UnsentChanges<Note>,
) {
  // A thread goes with a note being deleted, as on the board.
  const gone = (thread: Thread) =>
    noteChanges.isHidden(thread.from) || noteChanges.isHidden(thread.to)
  return combineStores<readonly Thread[]>(
    [shared, changes.version, noteChanges.version],
    () => {
      const shown = changes.apply(shared.get())
      return shown.some(gone) ? shown.filter((thread) => !gone(thread)) : shown
    },
    (previous, next) => (next === shared.get() ? next : reuseRecords(previous, next)),
  )
}
