import * as Y from 'yjs'
import {
  clusterChangeRefusal,
  clustersMap,
  noteChangeRefusal,
  noteCreateRefusal,
  notesMap,
  readCluster,
  readNote,
  readThread,
  threadChangeRefusal,
  threadsMap,
  type BoardState,
  type Cluster,
  type Note,
  type NoteChangeKind,
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
  now = Date.now(),
): string | null {
  let refusal: string | null = null
  const refuse = (reason: string | null) => {
    refusal ??= reason
  }
  const facts = (doc: Y.Doc, noteId: string): NoteFacts | undefined => readNote(doc, noteId)
  /** The rule for a change of an existing note, by what the change does (FAC-S1, FAC-S2). */
  const changeRefusal = (before: Note, after: Note | undefined) => {
    const kind = changeKind(before, after, (id) => readCluster(shadow, id) !== undefined)
    if (kind === null) return null
    return noteChangeRefusal(principal, before, state, after?.laneId, kind, now)
  }

  const onNotes = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    for (const event of events) {
      if (event.target === notesMap(shadow)) {
        event.changes.keys.forEach((change, noteId) => {
          const before = readNote(live, noteId)
          const after = readNote(shadow, noteId)
          if (change.action === 'add') return refuse(newNoteRefusal(after, principal, state))
          if (!before) return refuse('malformed note')
          // Replaced whole: judged as a change, the author kept.
          if (after && !sameAuthorship(before, after)) refuse('a note keeps its author')
          refuse(changeRefusal(before, after))
        })
        continue
      }
      const noteId = String(event.path[0])
      const before = readNote(live, noteId)
      if (!before) continue // created by this same update: checked as an addition
      const after = readNote(shadow, noteId)
      if (!after) return refuse('malformed note')
      refuse(changeRefusal(before, after))
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

  const onClusters = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    for (const event of events) {
      const ids =
        event.target === clustersMap(shadow)
          ? [...event.changes.keys.keys()]
          : [String(event.path[0])]
      for (const clusterId of ids) refuse(clusterRefusal(live, shadow, clusterId, principal, state))
    }
  }

  notesMap(shadow).observeDeep(onNotes)
  threadsMap(shadow).observeDeep(onThreads)
  clustersMap(shadow).observeDeep(onClusters)
  try {
    Y.applyUpdate(shadow, update, 'policy-check')
  } finally {
    notesMap(shadow).unobserveDeep(onNotes)
    threadsMap(shadow).unobserveDeep(onThreads)
    clustersMap(shadow).unobserveDeep(onClusters)
  }
  return refusal
}

/**
 * What a change to an existing note does: `content` when it deletes the note or changes its text,
 * colour or size; `arrange` when it moves it or changes its cluster (or touches it otherwise); null
 * when it only lets go of a cluster the same update dissolved (that dissolve is judged as such).
 */
function changeKind(
  before: Note,
  after: Note | undefined,
  clusterExistsAfter: (clusterId: string) => boolean,
): NoteChangeKind | null {
  if (!after) return 'content'
  const content =
    before.text !== after.text ||
    before.color !== after.color ||
    before.width !== after.width ||
    before.height !== after.height
  if (content) return 'content'
  const placed = before.laneId !== after.laneId || before.x !== after.x || before.y !== after.y
  const leftDissolved =
    !placed &&
    before.clusterId != null &&
    after.clusterId == null &&
    !clusterExistsAfter(before.clusterId)
  return leftDissolved ? null : 'arrange'
}

/**
 * The rule for one cluster the update touched (FAC-S3): created with its creator, edited by anyone
 * who may write, keeping its creator, dissolved (or replaced) only by its creator.
 */
function clusterRefusal(
  live: Y.Doc,
  shadow: Y.Doc,
  clusterId: string,
  principal: Principal,
  state: BoardState,
): string | null {
  const before = readCluster(live, clusterId)
  const after = readCluster(shadow, clusterId)
  if (!before) {
    // Malformed entries are the content rule's to refuse; a cluster made and gone in one update
    // leaves nothing to judge.
    if (!after) return clustersMap(shadow).has(clusterId) ? 'malformed cluster' : null
    return clusterChangeRefusal(principal, after, 'create', state)
  }
  if (!after || replaced(live, shadow, clusterId)) {
    return clusterChangeRefusal(principal, before, 'dissolve', state)
  }
  if (!sameCreation(before, after)) return 'a cluster keeps its creator'
  return clusterChangeRefusal(principal, before, 'edit', state)
}

/** True when the cluster's map is a different one after the update (deleted and written anew). */
function replaced(live: Y.Doc, shadow: Y.Doc, clusterId: string): boolean {
  const a = clustersMap(live)._map.get(clusterId)
  const b = clustersMap(shadow)._map.get(clusterId)
  return !a || !b || a.id.client !== b.id.client || a.id.clock !== b.id.clock
}

function sameCreation(a: Cluster, b: Cluster): boolean {
  return a.createdBy === b.createdBy && a.createdAt === b.createdAt
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
