import type { Attention } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** How the facilitator is guiding attention (spotlight, follow, locks...). */
export function useAttention(): Attention {
  return useStore(useSession().control.attention)
}
