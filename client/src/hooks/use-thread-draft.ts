import type { ThreadDraft } from '../session/interaction'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** The thread being drawn right now, if any. */
export function useThreadDraft(): ThreadDraft | null {
  return useStore(useSession().view.threadDraft)
}
