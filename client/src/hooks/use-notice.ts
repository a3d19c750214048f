import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** A short message for this person, if any. */
export function useNotice(): string | null {
  return useStore(useSession().view.notice)
}
