import type { ScreenSize, Viewport } from '../geometry/viewport-math'
import {
  INITIAL_INTERACTION,
  interact,
  sameSelection,
  sameThreadDraft,
  selectionOf,
  threadDraftOf,
  type Interaction,
  type InteractionEvent,
  type Selection,
  type ThreadDraft,
} from './interaction'
import { createValueStore, selectStore, type ReadableStore, type ValueStore } from './store'

/** Which notes the board shows: all, those of the current round, or those of one round. */
export type RoundFilter =
  | { readonly kind: 'all' }
  | { readonly kind: 'current' }
  | { readonly kind: 'round'; readonly roundId: string }

/** Local, never-shared state of one person's view of the board. */
export interface ViewState {
  readonly viewport: ValueStore<Viewport>
  /** What this person is doing on the board: selection, editor and mode, as one state. */
  readonly interaction: ReadableStore<Interaction>
  /** Moves the interaction on by one event (the only way it changes). */
  readonly dispatch: (event: InteractionEvent) => void
  /** Parts of the interaction, each stable while it is unchanged. */
  readonly selection: ReadableStore<Selection>
  readonly editingNoteId: ReadableStore<string | null>
  readonly threadDraft: ReadableStore<ThreadDraft | null>
  readonly screenSize: ValueStore<ScreenSize>
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
  /** The keyboard shortcuts sheet is open. */
  readonly shortcutsOpen: ValueStore<boolean>
}

function sameViewport(a: Viewport, b: Viewport): boolean {
  return a.x === b.x && a.y === b.y && a.scale === b.scale
}

/** Fresh view state: unzoomed, nothing selected. */
export function createViewState(): ViewState {
  const interaction = createValueStore<Interaction>(INITIAL_INTERACTION)
  const selected = selectStore(interaction, (state) => state.selection)
  return {
    viewport: createValueStore<Viewport>({ x: 24, y: 24, scale: 1 }, sameViewport),
    interaction: { get: interaction.get, subscribe: interaction.subscribe },
    dispatch: (event) => interaction.set(interact(interaction.get(), event)),
    selection: selectStore(selected, selectionOf, sameSelection),
    editingNoteId: selectStore(interaction, (state) => state.editing),
    threadDraft: selectStore(interaction, threadDraftOf, sameThreadDraft),
    screenSize: createValueStore<ScreenSize>(
      { width: 0, height: 0 },
      (a, b) => a.width === b.width && a.height === b.height,
    ),
    roundFilter: createValueStore<RoundFilter>(
      { kind: 'all' },
      (a, b) => JSON.stringify(a) === JSON.stringify(b),
    ),
    following: createValueStore(false),
    postAnonymously: createValueStore(false),
    notice: createValueStore<string | null>(null),
    overviewFull: createValueStore(false),
    focusVisible: createValueStore(false),
    shortcutsOpen: createValueStore(false),
  }
}
