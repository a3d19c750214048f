import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** True while the keyboard shortcuts sheet is open. */
export function useShortcutsOpen(): boolean {
  return useStore(useSession().view.shortcutsOpen)
}
