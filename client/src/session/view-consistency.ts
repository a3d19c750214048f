import type { Note, Thread } from '@weave/shared'
import type { ReadableStore } from './store'
import type { ViewState } from './view-state'

/**
 * Someone else (or an undo, or a reveal) may delete what is selected: let go of it. (The note
 * editor closes itself, so that it can also tell the others.) Returns a function that stops.
 */
export function keepViewConsistent(
  view: ViewState,
  notes: ReadableStore<readonly Note[]>,
  threads: ReadableStore<readonly Thread[]>,
): () => void {
  function check(): void {
    const selection = view.selection.get()
    const noteIds = new Set(notes.get().map((note) => note.id))
    if (selection?.kind === 'note' && !noteIds.has(selection.id)) view.selection.set(null)
    if (selection?.kind === 'thread' && !threads.get().some((t) => t.id === selection.id)) {
      view.selection.set(null)
    }
  }
  const stops = [notes.subscribe(check), threads.subscribe(check)]
  return () => stops.forEach((stop) => stop())
}
