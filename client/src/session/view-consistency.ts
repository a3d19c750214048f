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
    if (view.interaction.get().selection.kind === 'none') return
    view.dispatch({
      type: 'prune',
      noteIds: new Set(notes.get().map((note) => note.id)),
      threadIds: new Set(threads.get().map((thread) => thread.id)),
    })
  }
  const stops = [notes.subscribe(check), threads.subscribe(check)]
  return () => stops.forEach((stop) => stop())
}
