import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** The workshop title (live from the control document). */
export function useWorkshopTitle(): string {
  return useStore(useSession().title)
}
