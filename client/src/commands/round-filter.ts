import type { Note } from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import type { RoundFilter } from '../session/view-state'

/** The notes a round filter lets through ("current" with no round running shows them all). */
export function filterByRound(
  notes: readonly Note[],
  filter: RoundFilter,
  currentRoundId: string | null,
): readonly Note[] {
  const roundId =
    filter.kind === 'round' ? filter.roundId : filter.kind === 'current' ? currentRoundId : null
  if (roundId === null) return notes
  return notes.filter((note) => note.roundId === roundId)
}

/** Shows all notes, the current round's, or one past round's. */
export function setRoundFilter(session: BoardSession, filter: RoundFilter): void {
  session.view.roundFilter.set(filter)
  session.view.dispatch({ type: 'select', selection: null })
}

/** The notes the board shows now (shared and private, through the round filter). */
export function notesOnShow(session: BoardSession): readonly Note[] {
  const roundId = session.control.round.get()?.id ?? null
  return filterByRound(session.allNotes.get(), session.view.roundFilter.get(), roundId)
}
