import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** True once both documents have synced with the server. */
export function useEverSynced(): boolean {
  return useStore(useSession().connection.everSynced)
}
