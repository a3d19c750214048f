import type { Vote } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** The current (or last) dot vote. */
export function useVote(): Vote | null {
  return useStore(useSession().control.vote)
}
