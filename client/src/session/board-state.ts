import { isPrivateWritingOpen, type BoardState } from '@weave/shared'
import type { ControlStores } from './control-stores'
import { combineStores, type DerivedStore } from './store'

/** The workshop state the board policy depends on (phase, locks, private writing). */
export type BoardStateStore = DerivedStore<BoardState>

function sameState(a: BoardState, b: BoardState): boolean {
  return (
    a.phase === b.phase &&
    a.boardLocked === b.boardLocked &&
    a.privateWriting === b.privateWriting &&
    a.lockedLaneIds.size === b.lockedLaneIds.size &&
    [...a.lockedLaneIds].every((id) => b.lockedLaneIds.has(id))
  )
}

/** Derives the policy's BoardState for one room from the control document's stores. */
export function createBoardStateStore(control: ControlStores, roomId: string): BoardStateStore {
  return combineStores<BoardState>(
    [control.phase, control.attention, control.lanes, control.round],
    () => ({
      phase: control.phase.get(),
      boardLocked: control.attention.get().boardLocked,
      lockedLaneIds: new Set(
        control.lanes
          .get()
          .filter((lane) => lane.locked)
          .map((lane) => lane.id),
      ),
      privateWriting: isPrivateWritingOpen(control.round.get(), roomId),
    }),
    (previous, next) => (sameState(previous, next) ? previous : next),
  )
}
