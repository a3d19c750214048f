import type { Phase } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** The workshop's phase: preparation, live or closed. */
export function usePhase(): Phase {
  return useStore(useSession().control.phase)
}
