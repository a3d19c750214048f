import type { Note } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** The room's notes and this person's private ones, as the canvas draws them. */
export function useAllNotes(): readonly Note[] {
  return useStore(useSession().allNotes)
}
