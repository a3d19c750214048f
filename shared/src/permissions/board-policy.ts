import type { Phase } from '../model/control/workshop.js'
import type { Principal } from './roles.js'

/**
 * The board rules that depend on the workshop's state, as pure functions. The client uses them to
 * offer only what is allowed; the server uses the same ones to refuse everything else. Each
 * returns null when the change is allowed, or a short reason.
 */
export interface BoardState {
  readonly phase: Phase
  readonly boardLocked: boolean
  readonly lockedLaneIds: ReadonlySet<string>
  /** A private round is running in this room: new notes go to the author's draft. */
  readonly privateWriting: boolean
  /**
   * Sorting is open in this room (FAC-S4), until `until` (ms since the epoch; null: until the
   * facilitator closes it). Absent or null: it is not.
   */
  readonly sorting?: { readonly until: number | null } | null
}

/**
 * What a change does to a note: `arrange` moves it (position, lane) or changes its cluster;
 * `content` edits its text, colour or size, or deletes it. Sorting opens only `arrange`.
 */
export type NoteChangeKind = 'arrange' | 'content'

/** Whether sorting is open in the room the state is for, at `now` (FAC-S4). */
export function isSortingOpen(state: BoardState, now = Date.now()): boolean {
  const sorting = state.sorting
  return !!sorting && (sorting.until === null || now < sorting.until)
}

/** What the policy needs to know about a note. */
export interface NoteFacts {
  readonly authorId: string | null
  readonly laneId: string
}

/** Why nobody in this role may change the board now; null when they may. */
export function boardRefusal(principal: Principal, state: BoardState): string | null {
  if (principal.role === 'observer') return 'observers cannot change the board'
  if (state.phase === 'closed') return 'the workshop is closed'
  if (principal.role === 'facilitator') return null
  if (state.boardLocked) return 'the board is locked'
  return null
}

/** Why this person may not add a note to `laneId` on the shared board; null when they may. */
export function noteCreateRefusal(
  principal: Principal,
  laneId: string,
  state: BoardState,
): string | null {
  const refusal = boardRefusal(principal, state)
  if (refusal || principal.role === 'facilitator') return refusal
  if (state.lockedLaneIds.has(laneId)) return 'this lane is locked'
  if (state.privateWriting) return 'during a private round, notes stay private until the reveal'
  return null
}

/** Why a draft's threads root stays empty: the client never connects private notes. */
export const PRIVATE_NOTES_UNCONNECTED = 'private notes cannot be connected'
/** Why a draft's clusters root stays empty: private notes are sorted after the reveal. */
export const PRIVATE_NOTES_UNCLUSTERED = 'private notes cannot be clustered'

/**
 * Why this person may not write to their private draft now; null when they may (PRO-8). A draft
 * takes writes only while its room's private round is open: before that round, once it ends and
 * after its reveal, what the draft holds waits for the reveal (or has gone with it) unchanged.
 */
export function draftChangeRefusal(principal: Principal, state: BoardState): string | null {
  const refusal = boardRefusal(principal, state)
  if (refusal) return refusal
  if (!state.privateWriting) return 'private notes are written only while a private round runs'
  return null
}

/**
 * Why this person may not change (edit, move, resize, recolour, cluster, delete) a note; null when
 * they may. Participants change only their own notes, except that while sorting is open they may
 * arrange anyone's (FAC-S1, FAC-S2); nothing changes in a locked lane (moving in or out too).
 */
export function noteChangeRefusal(
  principal: Principal,
  note: NoteFacts,
  state: BoardState,
  toLaneId: string = note.laneId,
  kind: NoteChangeKind = 'content',
  now = Date.now(),
): string | null {
  const refusal = boardRefusal(principal, state)
  if (refusal || principal.role === 'facilitator') return refusal
  const sortingLets = kind === 'arrange' && isSortingOpen(state, now)
  if (note.authorId !== principal.participantId && !sortingLets) {
    return kind === 'arrange'
      ? 'participants arrange only their own notes until sorting opens'
      : 'participants change only their own notes'
  }
  if (state.lockedLaneIds.has(note.laneId) || state.lockedLaneIds.has(toLaneId)) {
    return 'this lane is locked'
  }
  return null
}

/**
 * What a change does to a cluster: `create` or `edit` (rename, recolour, collapse) it, which
 * anyone who may write may do (clusters are shared); `dissolve` it, which only its creator (and
 * facilitators) may (FAC-S3).
 */
export type ClusterAction = 'create' | 'edit' | 'dissolve'

/** Why this person may not make this change to a cluster; null when they may (FAC-S3). */
export function clusterChangeRefusal(
  principal: Principal,
  cluster: { readonly createdBy: string | null },
  action: ClusterAction,
  state: BoardState,
): string | null {
  const refusal = boardRefusal(principal, state)
  if (refusal || principal.role === 'facilitator') return refusal
  if (action === 'create' && cluster.createdBy !== principal.participantId) {
    // Anonymous people leave no id on what they make (FAC-A1).
    if (!(principal.name === null && cluster.createdBy === null))
      return 'a cluster carries its creator'
  }
  if (action === 'dissolve' && cluster.createdBy !== principal.participantId) {
    return 'participants dissolve only the clusters they made'
  }
  return null
}

/**
 * Why this person may not weave, relabel or cut a thread; null when they may. Participants may
 * change threads they wove or that touch one of their own notes.
 */
export function threadChangeRefusal(
  principal: Principal,
  thread: { readonly authorId: string | null },
  ends: readonly (NoteFacts | undefined)[],
  state: BoardState,
): string | null {
  const refusal = boardRefusal(principal, state)
  if (refusal || principal.role === 'facilitator') return refusal
  const mine =
    thread.authorId === principal.participantId ||
    ends.some((end) => end?.authorId === principal.participantId)
  if (!mine) return 'participants change only their own threads'
  if (ends.some((end) => end && state.lockedLaneIds.has(end.laneId))) return 'this lane is locked'
  return null
}

/** A board state with nothing restricted (for tests and for boards without a control document). */
export const OPEN_BOARD: BoardState = {
  phase: 'live',
  boardLocked: false,
  lockedLaneIds: new Set(),
  privateWriting: false,
}
