import type * as Y from 'yjs'
import {
  isPrivateWritingOpen,
  readAttention,
  readLanes,
  readPhase,
  readRound,
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
  }
}
