import type { RoundSummary } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** Every round run in this workshop, oldest first. */
export function useRoundHistory(): readonly RoundSummary[] {
  return useStore(useSession().control.rounds)
}
