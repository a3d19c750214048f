import type { BoardState } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** What the board policy depends on: phase, locks, private writing. */
export function useBoardState(): BoardState {
  return useStore(useSession().boardState)
}
