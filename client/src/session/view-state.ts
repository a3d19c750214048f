import type { ScreenSize, Viewport } from '../geometry/viewport-math'
import { createValueStore, type ValueStore } from './store'

/** What is selected on the board (one note or one thread at a time, for now). */
export type Selection =
  | { readonly kind: 'note'; readonly id: string }
  /**
   * `returnTo`: chosen with the T key from that note; its editor takes the keyboard focus and
   * gives it back to the note when closed.
   */
  | { readonly kind: 'thread'; readonly id: string; readonly returnTo?: string }
  | null

/** A thread being drawn: from a note's handle to the pointer (over `targetId`, if any). */
export interface ThreadDraft {
  readonly fromId: string
  readonly to: { readonly x: number; readonly y: number }
  readonly targetId: string | null
  /** The target is chosen by keys or taps (connect mode), not by dragging. */
  readonly picking?: boolean
}

/** Which notes the board shows: all, those of the current round, or those of one round. */
export type RoundFilter =
  | { readonly kind: 'all' }
  | { readonly kind: 'current' }
  | { readonly kind: 'round'; readonly roundId: string }

/** Local, never-shared state of one person's view of the board. */
export interface ViewState {
  readonly viewport: ValueStore<Viewport>
  readonly selection: ValueStore<Selection>
  readonly editingNoteId: ValueStore<string | null>
  readonly screenSize: ValueStore<ScreenSize>
  readonly threadDraft: ValueStore<ThreadDraft | null>
  readonly roundFilter: ValueStore<RoundFilter>
  /** True while this person's view follows the facilitator leading "follow me". */
  readonly following: ValueStore<boolean>
  /** New notes are posted without this person's name. */
  readonly postAnonymously: ValueStore<boolean>
  /** A short message for this person (a refused change...), shown for a moment. */
  readonly notice: ValueStore<string | null>
  /** The facilitators' overview of every room is spread over the board area. */
  readonly overviewFull: ValueStore<boolean>
  /** The canvas has focus from the keyboard: the focused note shows a focus ring. */
  readonly focusVisible: ValueStore<boolean>
  /** The focused note is picked up: arrow keys move it instead of moving the focus. */
  readonly moving: ValueStore<boolean>
  /** The keyboard shortcuts sheet is open. */
  readonly shortcutsOpen: ValueStore<boolean>
  /** The thread the T key chose last (T again chooses the focused note's next one). */
  readonly lastKeyboardThread: ValueStore<string | null>
}

function sameSelection(a: Selection, b: Selection): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id)
}

function sameViewport(a: Viewport, b: Viewport): boolean {
  return a.x === b.x && a.y === b.y && a.scale === b.scale
}

/** Fresh view state: unzoomed, nothing selected. */
export function createViewState(): ViewState {
  return {
    viewport: createValueStore<Viewport>({ x: 24, y: 24, scale: 1 }, sameViewport),
    selection: createValueStore<Selection>(null, sameSelection),
    editingNoteId: createValueStore<string | null>(null),
    screenSize: createValueStore<ScreenSize>(
      { width: 0, height: 0 },
      (a, b) => a.width === b.width && a.height === b.height,
    ),
    threadDraft: createValueStore<ThreadDraft | null>(null),
    roundFilter: createValueStore<RoundFilter>(
      { kind: 'all' },
      (a, b) => JSON.stringify(a) === JSON.stringify(b),
    ),
    following: createValueStore(false),
    postAnonymously: createValueStore(false),
    notice: createValueStore<string | null>(null),
    overviewFull: createValueStore(false),
    focusVisible: createValueStore(false),
    moving: createValueStore(false),
    shortcutsOpen: createValueStore(false),
    lastKeyboardThread: createValueStore<string | null>(null),
  }
}
