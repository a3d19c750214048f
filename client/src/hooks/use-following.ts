import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** True while this person's view follows the leading facilitator. */
export function useFollowing(): boolean {
  return useStore(useSession().view.following)
}
