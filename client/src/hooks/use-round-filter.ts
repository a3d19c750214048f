import type { RoundFilter } from '../session/view-state'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** Which notes the board shows (all, this round, one past round). */
export function useRoundFilter(): RoundFilter {
  return useStore(useSession().view.roundFilter)
}
