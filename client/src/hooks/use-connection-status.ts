import type { ConnectionStatus } from '../session/connection'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** online, connecting (or reconnecting) or offline. */
export function useConnectionStatus(): ConnectionStatus {
  return useStore(useSession().connection.status)
}
