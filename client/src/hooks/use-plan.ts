import type { PlanStep } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** The session plan, in order. */
export function usePlan(): readonly PlanStep[] {
  return useStore(useSession().control.plan)
}
