import type { Lane } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** The lanes of the board, in display order. */
export function useLanes(): readonly Lane[] {
  return useStore(useSession().lanes)
}
