import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** True while edits made on this device have not reached the server yet. */
export function useUnsentEdits(): boolean {
  return useStore(useSession().workshop.localCopies.unsent)
}
