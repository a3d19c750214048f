import type { Selection } from '../session/interaction'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** What is selected on the board. */
export function useSelection(): Selection {
  return useStore(useSession().view.selection)
}
