import { useMemo } from 'react'
import type { Note } from '@weave/shared'
import { filterByRound } from '../commands/round-filter'
import { useAllNotes } from './use-all-notes'
import { useRound } from './use-round'
import { useRoundFilter } from './use-round-filter'

/** The notes the board shows now: shared and private ones, through the round filter. */
export function useVisibleNotes(): readonly Note[] {
  const notes = useAllNotes()
  const filter = useRoundFilter()
  const roundId = useRound()?.id ?? null
  return useMemo(() => filterByRound(notes, filter, roundId), [notes, filter, roundId])
}
