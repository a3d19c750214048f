import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** The note this person is typing in, if any. */
export function useEditingNoteId(): string | null {
  return useStore(useSession().view.editingNoteId)
}
