import type * as Y from 'yjs'
import {
  isPrivateWritingOpen,
  readAttention,
  readLanes,
  readPhase,
  readRound,
  readSorting,
  sortingForRoom,
  type BoardState,
} from '@weave/shared'

/** The board rules in force for a room, read from the workshop's control document. */
export function boardStateOf(control: Y.Doc, roomId: string): BoardState {
  return {
    phase: readPhase(control),
    boardLocked: readAttention(control).boardLocked,
    lockedLaneIds: new Set(
      readLanes(control)
        .filter((lane) => lane.locked)
        .map((lane) => lane.id),
    ),
    privateWriting: isPrivateWritingOpen(readRound(control), roomId),
    sorting: sortingForRoom(readSorting(control), roomId),
  }
}

/**
 * Remembers each room's board rules until its control document changes: they are read for every
 * participant update, and reading lanes, attention and the round with validation costs more than
 * the rest of the check (measured in the benchmarks).
 */
export function createBoardStateCache(): (control: Y.Doc, roomId: string) => BoardState {
  const versions = new WeakMap<Y.Doc, { version: number }>()
  const cached = new WeakMap<Y.Doc, Map<string, { version: number; state: BoardState }>>()
  return (control, roomId) => {
    let counter = versions.get(control)
    if (!counter) {
      const created = { version: 0 }
      control.on('update', () => created.version++)
      versions.set(control, created)
      counter = created
    }
    let byRoom = cached.get(control)
    if (!byRoom) cached.set(control, (byRoom = new Map()))
    const hit = byRoom.get(roomId)
    if (hit && hit.version === counter.version) return hit.state
    const state = boardStateOf(control, roomId)
    byRoom.set(roomId, { version: counter.version, state })
    return state
  }
}
