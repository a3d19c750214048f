import type { Round } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** The current (or last) reflection round, as the server wrote it. */
export function useRound(): Round | null {
  return useStore(useSession().control.round)
}
