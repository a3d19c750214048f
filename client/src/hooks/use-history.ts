import type { HistoryState } from '../session/board-session'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** Whether undo and redo are available. */
export function useHistory(): HistoryState {
  return useStore(useSession().history)
}
