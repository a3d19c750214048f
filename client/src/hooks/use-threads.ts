import type { Thread } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** All threads whose two notes exist. */
export function useThreads(): readonly Thread[] {
  return useStore(useSession().threads)
}
