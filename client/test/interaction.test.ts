import { describe, expect, it } from 'vitest'
import {
  INITIAL_INTERACTION,
  interact,
  isMovingByKeyboard,
  isPickingTarget,
  selectedOf,
  selectionOf,
  threadDraftOf,
  type Interaction,
  type InteractionEvent,
} from '../src/session/interaction'
import { createViewState } from '../src/session/view-state'
import { createValueStore, selectStore } from '../src/session/store'

const at = { x: 10, y: 20 }

/** Events applied one after another, from the initial state. */
function after(...events: InteractionEvent[]): Interaction {
  return events.reduce(interact, INITIAL_INTERACTION)
}

const selectA: InteractionEvent = { type: 'select', selection: { kind: 'note', id: 'a' } }

const bare: Readonly<Record<string, Interaction>> = {
  idle: after(selectA),
  'moving:keyboard': after(selectA, { type: 'pickUp', noteIds: ['a'], by: 'keyboard' }),
  'moving:pointer': after(selectA, { type: 'pickUp', noteIds: ['a'], by: 'pointer' }),
  'connecting:drawing': after(selectA, { type: 'drawThread', fromId: 'a', to: at, targetId: null }),
  'connecting:picking': after(selectA, { type: 'startPicking', fromId: 'a', at }),
}
/** One state per mode, each with note a selected, b in the editor and a thread remembered. */
const modes: Readonly<Record<string, Interaction>> = Object.fromEntries(
  Object.entries(bare).map(([name, state]) => [name, { ...state, editing: 'b', lastThread: 't0' }]),
)

function modeOf(state: Interaction): string {
  return state.mode === 'idle' ? 'idle' : `${state.mode}:${state.by}`
}

/** The mode each event leads to, from each mode (columns in the order of `modes`). */
const table: readonly [InteractionEvent, readonly string[]][] = [
  [
    { type: 'select', selection: null },
    ['idle', 'moving:keyboard', 'moving:pointer', 'connecting:drawing', 'connecting:picking'],
  ],
  [
    { type: 'startEdit', noteId: 'c' },
    ['idle', 'moving:keyboard', 'moving:pointer', 'connecting:drawing', 'connecting:picking'],
  ],
  [
    { type: 'endEdit', noteId: 'b' },
    ['idle', 'moving:keyboard', 'moving:pointer', 'connecting:drawing', 'connecting:picking'],
  ],
  [
    { type: 'prune', noteIds: new Set(), threadIds: new Set() },
    ['idle', 'moving:keyboard', 'moving:pointer', 'connecting:drawing', 'connecting:picking'],
  ],
  [
    { type: 'pickUp', noteIds: ['c'], by: 'keyboard' },
    [
      'moving:keyboard',
      'moving:keyboard',
      'moving:keyboard',
      'connecting:drawing',
      'connecting:picking',
    ],
  ],
  [
    { type: 'pickUp', noteIds: ['c'], by: 'pointer' },
    [
      'moving:pointer',
      'moving:pointer',
      'moving:pointer',
      'connecting:drawing',
      'connecting:picking',
    ],
  ],
  [
    { type: 'drop', by: 'keyboard' },
    ['idle', 'idle', 'moving:pointer', 'connecting:drawing', 'connecting:picking'],
  ],
  [
    { type: 'drop', by: 'pointer' },
    ['idle', 'moving:keyboard', 'idle', 'connecting:drawing', 'connecting:picking'],
  ],
  [
    { type: 'drawThread', fromId: 'c', to: at, targetId: null },
    [
      'connecting:drawing',
      'connecting:drawing',
      'connecting:drawing',
      'connecting:drawing',
      'connecting:drawing',
    ],
  ],
  [
    { type: 'startPicking', fromId: 'c', at },
    [
      'connecting:picking',
      'connecting:picking',
      'connecting:picking',
      'connecting:picking',
      'connecting:picking',
    ],
  ],
  [
    { type: 'pickTarget', targetId: 'c', at },
    ['idle', 'moving:keyboard', 'moving:pointer', 'connecting:drawing', 'connecting:picking'],
  ],
  [{ type: 'endThread' }, ['idle', 'moving:keyboard', 'moving:pointer', 'idle', 'idle']],
  [
    { type: 'rememberThread', threadId: 't1' },
    ['idle', 'moving:keyboard', 'moving:pointer', 'connecting:drawing', 'connecting:picking'],
  ],
  [{ type: 'cancel' }, ['idle', 'idle', 'idle', 'idle', 'idle']],
]

describe('one interaction state for the board', () => {
  it('starts idle, with nothing selected or edited', () => {
    expect(INITIAL_INTERACTION).toStrictEqual({
      mode: 'idle',
      selection: { kind: 'none' },
      editing: null,
      lastThread: null,
    })
  })

  it('covers every event from every mode', () => {
    const types = new Set(table.map(([event]) => event.type))
    expect(types.size).toBe(12)
    for (const [event, expected] of table) {
      const reached = Object.values(modes).map((state) => modeOf(interact(state, event)))
      expect({ event: event.type, reached }).toEqual({ event: event.type, reached: expected })
    }
  })

  it('keeps what is selected, edited and remembered through every change of mode', () => {
    const changesMode = table.filter(
      ([event]) =>
        !['select', 'startEdit', 'endEdit', 'prune', 'rememberThread'].includes(event.type),
    )
    for (const [event] of changesMode) {
      for (const state of Object.values(modes)) {
        const next = interact(state, event)
        expect(next.selection).toBe(state.selection)
        expect(next.editing).toBe('b')
        expect(next.lastThread).toBe('t0')
      }
    }
  })

  it('returns the very same state when an event changes nothing', () => {
    const unchanged: [string, InteractionEvent][] = [
      ['idle', selectA],
      ['idle', { type: 'endEdit', noteId: 'x' }],
      ['idle', { type: 'drop', by: 'keyboard' }],
      ['idle', { type: 'endThread' }],
      ['idle', { type: 'cancel' }],
      ['idle', { type: 'rememberThread', threadId: 't0' }],
      ['idle', { type: 'prune', noteIds: new Set(['a']), threadIds: new Set() }],
      ['moving:keyboard', { type: 'drop', by: 'pointer' }],
      ['moving:pointer', { type: 'pickUp', noteIds: [], by: 'pointer' }],
      ['connecting:drawing', { type: 'pickUp', noteIds: ['a'], by: 'keyboard' }],
      ['connecting:drawing', { type: 'pickTarget', targetId: 'c', at }],
      ['connecting:picking', { type: 'pickTarget', targetId: 'a', at }],
    ]
    const changed = unchanged.filter(
      ([mode, event]) => interact(modes[mode]!, event) !== modes[mode],
    )
    expect(changed).toEqual([])
    const editing = after({ type: 'startEdit', noteId: 'b' })
    expect(interact(editing, { type: 'startEdit', noteId: 'b' })).toBe(editing)
  })

  it('leaves no part of the previous mode behind', () => {
    expect(interact(modes['moving:keyboard']!, { type: 'cancel' })).toStrictEqual({
      mode: 'idle',
      selection: modes.idle!.selection,
      editing: 'b',
      lastThread: 't0',
    })
    const picking = interact(modes['moving:pointer']!, { type: 'startPicking', fromId: 'c', at })
    expect(picking).toStrictEqual({
      mode: 'connecting',
      by: 'picking',
      fromId: 'c',
      to: at,
      targetId: null,
      selection: modes.idle!.selection,
      editing: 'b',
      lastThread: 't0',
    })
  })

  describe('selection', () => {
    it('keeps selected notes as a set, read by most of the app as the one note', () => {
      const state = after(selectA)
      expect(state.selection).toStrictEqual({ kind: 'notes', ids: new Set(['a']) })
      expect(selectionOf(state.selection)).toStrictEqual({ kind: 'note', id: 'a' })
      expect(selectionOf({ kind: 'notes', ids: new Set(['a', 'b']) })).toBeNull()
      expect(selectionOf(after().selection)).toBeNull()
    })

    it('selects a thread, with the note the keyboard goes back to', () => {
      const thread = { kind: 'thread', id: 't1', returnTo: 'a' } as const
      const state = after(selectA, { type: 'select', selection: thread })
      expect(selectionOf(state.selection)).toStrictEqual(thread)
      expect(after(selectA, { type: 'select', selection: null }).selection).toStrictEqual({
        kind: 'none',
      })
    })

    it('selecting the same thread again keeps it as it was (where focus goes back included)', () => {
      const first = after({ type: 'select', selection: { kind: 'thread', id: 't1' } })
      const again = interact(first, {
        type: 'select',
        selection: { kind: 'thread', id: 't1', returnTo: 'a' },
      })
      expect(again).toBe(first)
    })

    it('lets go of notes and threads that no longer exist, and only of those', () => {
      const none = { noteIds: new Set<string>(), threadIds: new Set<string>() }
      expect(interact(modes.idle!, { type: 'prune', ...none }).selection.kind).toBe('none')
      const thread = after({ type: 'select', selection: { kind: 'thread', id: 't1' } })
      expect(interact(thread, { type: 'prune', ...none }).selection.kind).toBe('none')
      const kept = { type: 'prune', noteIds: none.noteIds, threadIds: new Set(['t1']) } as const
      expect(interact(thread, kept)).toBe(thread)
      const nothing = { ...INITIAL_INTERACTION, selection: selectedOf(null) }
      expect(interact(nothing, { type: 'prune', ...none })).toBe(nothing)
      const two: Interaction = {
        ...INITIAL_INTERACTION,
        selection: { kind: 'notes', ids: new Set(['a', 'b']) },
      }
      const left = interact(two, { type: 'prune', noteIds: new Set(['b']), threadIds: new Set() })
      expect(left.selection).toStrictEqual({ kind: 'notes', ids: new Set(['b']) })
    })
  })

  describe('editing', () => {
    it('opens the editor on a note, which becomes the one selected, whatever the mode', () => {
      for (const state of Object.values(modes)) {
        const next = interact(state, { type: 'startEdit', noteId: 'c' })
        expect(next.editing).toBe('c')
        expect(selectionOf(next.selection)).toStrictEqual({ kind: 'note', id: 'c' })
      }
    })

    it('closes only the editor of the note named (not one opened since)', () => {
      const editing = after({ type: 'startEdit', noteId: 'a' }, { type: 'startEdit', noteId: 'c' })
      expect(interact(editing, { type: 'endEdit', noteId: 'a' })).toBe(editing)
      expect(interact(editing, { type: 'endEdit', noteId: 'c' }).editing).toBeNull()
    })

    it('a selection made while editing leaves the editor open (it closes itself)', () => {
      const editing = after({ type: 'startEdit', noteId: 'a' })
      expect(interact(editing, { type: 'select', selection: null }).editing).toBe('a')
    })
  })

  describe('moving and connecting', () => {
    it('picks notes up by the keys or the pointer, and puts them down by the same', () => {
      const moving = after(selectA, { type: 'pickUp', noteIds: ['a'], by: 'keyboard' })
      expect(moving).toMatchObject({ mode: 'moving', noteIds: ['a'], by: 'keyboard' })
      expect(isMovingByKeyboard(moving)).toBe(true)
      expect(isMovingByKeyboard(modes['moving:pointer']!)).toBe(false)
    })

    it('connect mode starts with no target, and takes any note but its own as the far end', () => {
      const picking = modes['connecting:picking']!
      expect(isPickingTarget(picking)).toBe(true)
      expect(isPickingTarget(modes['connecting:drawing']!)).toBe(false)
      expect(threadDraftOf(picking)).toStrictEqual({
        fromId: 'a',
        to: at,
        targetId: null,
        picking: true,
      })
      const chosen = interact(picking, { type: 'pickTarget', targetId: 'c', at: { x: 5, y: 5 } })
      expect(threadDraftOf(chosen)).toStrictEqual({
        fromId: 'a',
        to: { x: 5, y: 5 },
        targetId: 'c',
        picking: true,
      })
    })

    it('a thread drawn from a handle follows the pointer and what is under it', () => {
      const drawn = interact(modes['connecting:drawing']!, {
        type: 'drawThread',
        fromId: 'a',
        to: { x: 1, y: 2 },
        targetId: 'c',
      })
      expect(threadDraftOf(drawn)).toStrictEqual({
        fromId: 'a',
        to: { x: 1, y: 2 },
        targetId: 'c',
        picking: false,
      })
      expect(threadDraftOf(modes.idle!)).toBeNull()
      expect(threadDraftOf(modes['moving:keyboard']!)).toBeNull()
    })

    it('remembers the thread the T key chose last', () => {
      expect(after({ type: 'rememberThread', threadId: 't1' }).lastThread).toBe('t1')
    })
  })
})

describe('the view state over the one interaction', () => {
  it('changes only through events, and its parts keep their identity while unchanged', () => {
    const view = createViewState()
    view.dispatch({ type: 'select', selection: { kind: 'note', id: 'a' } })
    const selection = view.selection.get()
    expect(selection).toStrictEqual({ kind: 'note', id: 'a' })
    view.dispatch({ type: 'drawThread', fromId: 'a', to: at, targetId: null })
    const draft = view.threadDraft.get()
    view.dispatch({ type: 'drawThread', fromId: 'a', to: { ...at }, targetId: null })
    expect(view.threadDraft.get()).toBe(draft)
    view.dispatch({ type: 'drawThread', fromId: 'a', to: { x: 11, y: 20 }, targetId: null })
    expect(view.threadDraft.get()).not.toBe(draft)
    view.dispatch({ type: 'endThread' })
    expect(view.selection.get()).toBe(selection)
    expect(view.threadDraft.get()).toBeNull()
    view.dispatch({ type: 'startEdit', noteId: 'a' })
    expect(view.selection.get()).toBe(selection)
    expect(view.editingNoteId.get()).toBe('a')
  })

  it('tells its listeners once per change, and not at all when nothing changed', () => {
    const view = createViewState()
    let told = 0
    view.interaction.subscribe(() => told++)
    view.dispatch({ type: 'startEdit', noteId: 'a' })
    view.dispatch({ type: 'startEdit', noteId: 'a' })
    view.dispatch({ type: 'drop', by: 'keyboard' })
    expect(told).toBe(1)
  })
})

describe('a part of a store', () => {
  it('is picked again only when the source changes, and kept while equal', () => {
    const source = createValueStore({ a: 1, b: 1 })
    let picks = 0
    const part = selectStore(
      source,
      (value) => {
        picks++
        return { a: value.a }
      },
      (x, y) => x.a === y.a,
    )
    const first = part.get()
    expect(part.get()).toBe(first)
    expect(picks).toBe(1)
    source.set({ a: 1, b: 2 })
    expect(part.get()).toBe(first)
    source.set({ a: 2, b: 2 })
    expect(part.get()).toStrictEqual({ a: 2 })
    expect(picks).toBe(3)
  })
})
