import * as Y from 'yjs'
import {
  noteChangeRefusal,
  noteCreateRefusal,
  notesMap,
  readNote,
  readThread,
  threadChangeRefusal,
  threadsMap,
  type BoardState,
  type Note,
  type NoteFacts,
  type Principal,
  type Thread,
} from '@weave/shared'

/**
 * Checks a participant's update against the board rules by applying it to `shadow` (a replica of
 * `live`) and inspecting what it changed: which notes and threads, before (in `live`) and after (in
 * `shadow`). Returns the first refusal, or null when every change is allowed. What a board may
 * hold at all (known roots, the shape of notes and threads) is the content rule's matter
 * (doc-content.ts in shared), checked on the same application for every writer. On a refusal the
 * shadow holds the refused change and must be rebuilt by the caller.
 */
export function checkParticipantUpdate(
  live: Y.Doc,
  shadow: Y.Doc,
  update: Uint8Array,
  principal: Principal,
  state: BoardState,
): string | null {
  let refusal: string | null = null
  const refuse = (reason: string | null) => {
    refusal ??= reason
  }
  const facts = (doc: Y.Doc, noteId: string): NoteFacts | undefined => readNote(doc, noteId)

  const onNotes = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    for (const event of events) {
      if (event.target === notesMap(shadow)) {
        event.changes.keys.forEach((change, noteId) => {
          const before = readNote(live, noteId)
          const after = readNote(shadow, noteId)
          if (change.action === 'add') return refuse(newNoteRefusal(after, principal, state))
          if (!before) return refuse('malformed note')
          refuse(noteChangeRefusal(principal, before, state, after?.laneId))
        })
        continue
      }
      const noteId = String(event.path[0])
      const before = readNote(live, noteId)
      if (!before) continue // created by this same update: checked as an addition
      const after = readNote(shadow, noteId)
      if (!after) return refuse('malformed note')
      refuse(noteChangeRefusal(principal, before, state, after.laneId))
      if (!sameAuthorship(before, after)) refuse('a note keeps its author')
    }
  }

  const onThreads = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    for (const event of events) {
      const ids =
        event.target === threadsMap(shadow)
          ? [...event.changes.keys.keys()]
          : [String(event.path[0])]
      for (const threadId of ids) {
        const before = readThread(live, threadId)
        const after = readThread(shadow, threadId)
        const thread = before ?? after
        if (!thread) {
          if (threadsMap(shadow).has(threadId)) refuse('malformed thread')
          continue
        }
        if (!before && after) refuse(newThreadRefusal(after, principal))
        if (before && after && before.authorSeal !== after.authorSeal) {
          refuse('a thread keeps its author')
        }
        const ends = [thread.from, thread.to].map((id) => facts(live, id) ?? facts(shadow, id))
        refuse(threadChangeRefusal(principal, thread, ends, state))
      }
    }
  }

  notesMap(shadow).observeDeep(onNotes)
  threadsMap(shadow).observeDeep(onThreads)
  try {
    Y.applyUpdate(shadow, update, 'policy-check')
  } finally {
    notesMap(shadow).unobserveDeep(onNotes)
    threadsMap(shadow).unobserveDeep(onThreads)
  }
  return refusal
}

function newNoteRefusal(
  note: Note | undefined,
  principal: Principal,
  state: BoardState,
): string | null {
  if (!note) return 'malformed note'
  if (principal.name === null || note.authorName === null) return ANONYMOUS_THROUGH_SERVER
  if (
    note.authorId !== principal.participantId ||
    note.authorName !== principal.name ||
    note.authorSector !== principal.sector ||
    note.authorSeal
  ) {
    return 'a note carries its author'
  }
  return noteCreateRefusal(principal, note.laneId, state)
}

/**
 * Anonymous notes and threads are written by the server (FAC-A1): written from the author's own
 * Yjs client they would carry its client id, which sits in that client's presence entry.
 */
const ANONYMOUS_THROUGH_SERVER = 'anonymous notes and threads are posted through the server'

function newThreadRefusal(thread: Thread, principal: Principal): string | null {
  if (principal.name === null) return ANONYMOUS_THROUGH_SERVER
  if (thread.authorId !== principal.participantId || thread.authorSeal) {
    return 'a thread carries its author'
  }
  return null
}

function sameAuthorship(a: Note, b: Note): boolean {
  return (
    a.authorId === b.authorId &&
    a.authorName === b.authorName &&
    a.authorSector === b.authorSector &&
    (a.authorSeal ?? null) === (b.authorSeal ?? null) &&
    a.createdAt === b.createdAt
  )
}
