import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** True when new notes are posted without this person's name. */
export function usePostAnonymously(): boolean {
  return useStore(useSession().view.postAnonymously)
}
