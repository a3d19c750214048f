import type { Note } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** This person's private notes (during private rounds, until the reveal). */
export function useDraftNotes(): readonly Note[] {
  return useStore(useSession().drafts.notes)
}
