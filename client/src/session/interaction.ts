/** A point on the canvas, in canvas units. */
export interface CanvasPoint {
  readonly x: number
  readonly y: number
}

/** What is selected, as most of the app reads it: one note, one thread, or nothing. */
export type Selection =
  | { readonly kind: 'note'; readonly id: string }
  /**
   * `returnTo`: chosen with the T key from that note; its editor takes the keyboard focus and
   * gives it back to the note when closed.
   */
  | { readonly kind: 'thread'; readonly id: string; readonly returnTo?: string }
  | null

/**
 * What is selected, as the interaction keeps it. Notes are a set so that several fit; today only
 * one is ever selected. A set is never empty: no note selected is `none`.
 */
export type Selected =
  | { readonly kind: 'none' }
  | { readonly kind: 'notes'; readonly ids: ReadonlySet<string> }
  | { readonly kind: 'thread'; readonly id: string; readonly returnTo?: string }

/** A thread being made, as the canvas draws it: from a note toward `to` (over `targetId`). */
export interface ThreadDraft {
  readonly fromId: string
  readonly to: CanvasPoint
  readonly targetId: string | null
  /** The target is chosen by keys or taps (connect mode), not by dragging. */
  readonly picking: boolean
}

/** What holds whatever this person is doing. */
interface Context {
  readonly selection: Selected
  /**
   * The note whose text editor is open. It sits beside the mode, not in it: the editor outlives a
   * gesture begun over it (a thread handle pressed, or a long press, comes before the blur that
   * closes the editor; an anonymous note's editor stays open until the server has its text).
   */
  readonly editing: string | null
  /** The thread the T key chose last (T again chooses the focused note's next one). */
  readonly lastThread: string | null
}

export interface Idle extends Context {
  readonly mode: 'idle'
}

/** How notes are being moved. */
export type MoveInput = 'keyboard' | 'pointer'

/** Notes picked up: moved with the arrow keys, or dragged by the pointer (Konva moves them). */
export interface Moving extends Context {
  readonly mode: 'moving'
  readonly noteIds: readonly string[]
  readonly by: MoveInput
}

/**
 * A thread being made from `fromId`: drawn from the note's handle toward the pointer, or its far
 * end picked by keys or taps (connect mode). `to` is the pointer, or the picked note's centre.
 */
export interface Connecting extends Context {
  readonly mode: 'connecting'
  readonly fromId: string
  readonly to: CanvasPoint
  readonly targetId: string | null
  readonly by: 'drawing' | 'picking'
}

/** One person's interaction with the board: what is selected and edited, and the mode. */
export type Interaction = Idle | Moving | Connecting

export type InteractionEvent =
  /** Selects one note or thread, or nothing; the mode goes on. */
  | { readonly type: 'select'; readonly selection: Selection }
  /** Lets go of what is selected but no longer exists (ids: the notes and threads that do). */
  | {
      readonly type: 'prune'
      readonly noteIds: ReadonlySet<string>
      readonly threadIds: ReadonlySet<string>
    }
  /** Opens the text editor on a note, which is then the one selected. */
  | { readonly type: 'startEdit'; readonly noteId: string }
  /** Closes the text editor on a note (not one opened since). */
  | { readonly type: 'endEdit'; readonly noteId: string }
  /** Picks notes up. A thread being made goes on: moving waits for it. */
  | { readonly type: 'pickUp'; readonly noteIds: readonly string[]; readonly by: MoveInput }
  /** Puts down the notes picked up by `by` (the other input's move goes on). */
  | { readonly type: 'drop'; readonly by: MoveInput }
  /** Starts or updates a thread drawn from a note's handle; ends any other mode. */
  | {
      readonly type: 'drawThread'
      readonly fromId: string
      readonly to: CanvasPoint
      readonly targetId: string | null
    }
  /** Starts connect mode from a note (at its centre); ends any other mode. */
  | { readonly type: 'startPicking'; readonly fromId: string; readonly at: CanvasPoint }
  /** Chooses the far end in connect mode (never the note the thread comes from). */
  | { readonly type: 'pickTarget'; readonly targetId: string; readonly at: CanvasPoint }
  /** The thread being made is woven or abandoned. */
  | { readonly type: 'endThread' }
  | { readonly type: 'rememberThread'; readonly threadId: string }
  /** Back to idle from any mode (the board is shown as a list). */
  | { readonly type: 'cancel' }

const NOTHING: Selected = { kind: 'none' }

export const INITIAL_INTERACTION: Interaction = {
  mode: 'idle',
  selection: NOTHING,
  editing: null,
  lastThread: null,
}

function notesSelected(ids: Iterable<string>): Selected {
  const set = new Set(ids)
  return set.size === 0 ? NOTHING : { kind: 'notes', ids: set }
}

/** The kept form of a selection. */
export function selectedOf(selection: Selection): Selected {
  if (selection === null) return NOTHING
  if (selection.kind === 'note') return notesSelected([selection.id])
  return selection
}

/** Same notes, or the same thread (where the focus goes back to does not count). */
export function sameSelected(a: Selected, b: Selected): boolean {
  if (a === b) return true
  if (a.kind === 'notes' && b.kind === 'notes') {
    return a.ids.size === b.ids.size && [...a.ids].every((id) => b.ids.has(id))
  }
  if (a.kind === 'thread' && b.kind === 'thread') return a.id === b.id
  return a.kind === 'none' && b.kind === 'none'
}

/** The selection as most of the app reads it: the note when exactly one is selected. */
export function selectionOf(selected: Selected): Selection {
  if (selected.kind === 'thread') return selected
  if (selected.kind === 'notes' && selected.ids.size === 1) {
    const [id] = selected.ids
    return { kind: 'note', id: id! }
  }
  return null
}

export function sameSelection(a: Selection, b: Selection): boolean {
  if (a === null || b === null) return a === b
  if (a.kind === 'thread' && b.kind === 'thread') {
    return a.id === b.id && a.returnTo === b.returnTo
  }
  return a.kind === b.kind && a.id === b.id
}

/** The thread being made, if any, as the canvas draws it. */
export function threadDraftOf(state: Interaction): ThreadDraft | null {
  if (state.mode !== 'connecting') return null
  const { fromId, to, targetId } = state
  return { fromId, to, targetId, picking: state.by === 'picking' }
}

export function sameThreadDraft(a: ThreadDraft | null, b: ThreadDraft | null): boolean {
  if (a === null || b === null) return a === b
  return (
    a.fromId === b.fromId &&
    a.to.x === b.to.x &&
    a.to.y === b.to.y &&
    a.targetId === b.targetId &&
    a.picking === b.picking
  )
}

/** True while a thread's far end is being chosen by keys or taps (connect mode). */
export function isPickingTarget(state: Interaction): state is Connecting {
  return state.mode === 'connecting' && state.by === 'picking'
}

/** True while the focused note is picked up to be moved with the arrow keys. */
export function isMovingByKeyboard(state: Interaction): boolean {
  return state.mode === 'moving' && state.by === 'keyboard'
}

function idle(state: Interaction): Idle {
  const { selection, editing, lastThread } = state
  return { mode: 'idle', selection, editing, lastThread }
}

function withSelection(state: Interaction, selection: Selected): Interaction {
  return sameSelected(state.selection, selection) ? state : { ...state, selection }
}

function pruned(selection: Selected, noteIds: ReadonlySet<string>, threadIds: ReadonlySet<string>) {
  if (selection.kind === 'thread') return threadIds.has(selection.id) ? selection : NOTHING
  if (selection.kind === 'none') return selection
  const kept = [...selection.ids].filter((id) => noteIds.has(id))
  return kept.length === selection.ids.size ? selection : notesSelected(kept)
}

/**
 * The interaction after one event. Returns `state` itself when nothing changes, so stores stay
 * quiet and snapshots stay stable.
 */
export function interact(state: Interaction, event: InteractionEvent): Interaction {
  switch (event.type) {
    case 'select':
      return withSelection(state, selectedOf(event.selection))
    case 'prune':
      return withSelection(state, pruned(state.selection, event.noteIds, event.threadIds))
    case 'startEdit': {
      const next = withSelection(state, notesSelected([event.noteId]))
      return next.editing === event.noteId ? next : { ...next, editing: event.noteId }
    }
    case 'endEdit':
      return state.editing === event.noteId ? { ...state, editing: null } : state
    case 'pickUp':
      if (state.mode === 'connecting' || event.noteIds.length === 0) return state
      return { ...idle(state), mode: 'moving', noteIds: event.noteIds, by: event.by }
    case 'drop':
      return state.mode === 'moving' && state.by === event.by ? idle(state) : state
    case 'drawThread': {
      const { fromId, to, targetId } = event
      return { ...idle(state), mode: 'connecting', by: 'drawing', fromId, to, targetId }
    }
    case 'startPicking':
      return {
        ...idle(state),
        mode: 'connecting',
        by: 'picking',
        fromId: event.fromId,
        to: event.at,
        targetId: null,
      }
    case 'pickTarget':
      if (!isPickingTarget(state) || event.targetId === state.fromId) return state
      return { ...state, targetId: event.targetId, to: event.at }
    case 'endThread':
      return state.mode === 'connecting' ? idle(state) : state
    case 'rememberThread':
      return state.lastThread === event.threadId ? state : { ...state, lastThread: event.threadId }
    case 'cancel':
      return state.mode === 'idle' ? state : idle(state)
  }
}
