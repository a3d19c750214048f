import * as Y from 'yjs'
import { CommandOrigin, notesMap, threadsMap } from '@weave/shared'
import { createDerivedStore, type DerivedStore } from './store'

/**
 * The undo history of one room: only this person's own commands (CommandOrigin) on notes and
 * threads, never anyone else's changes.
 */
export function createRoomUndoManager(roomDoc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager([notesMap(roomDoc), threadsMap(roomDoc)], {
    trackedOrigins: new Set([CommandOrigin]),
  })
}

/** Whether undo and redo have anything to do. */
export interface HistoryState {
  readonly canUndo: boolean
  readonly canRedo: boolean
}

/** Follows an undo manager's stacks. */
export function createHistoryStore(undoManager: Y.UndoManager): DerivedStore<HistoryState> {
  const read = (): HistoryState => ({
    canUndo: undoManager.canUndo(),
    canRedo: undoManager.canRedo(),
  })
  return createDerivedStore(
    (onChange) => {
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const
      for (const event of events) undoManager.on(event, onChange)
      return () => {
        for (const event of events) undoManager.off(event, onChange)
      }
    },
    read,
    (previous, next) =>
      previous.canUndo === next.canUndo && previous.canRedo === next.canRedo ? previous : next,
  )
}
