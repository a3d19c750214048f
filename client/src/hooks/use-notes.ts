import type { Note } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** All notes of the room (unchanged notes keep their identity between renders). */
export function useNotes(): readonly Note[] {
  return useStore(useSession().notes)
}
