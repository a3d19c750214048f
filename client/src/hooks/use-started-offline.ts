import { useSession } from '../session/session-context'
import { useConnectionStatus } from './use-connection-status'

/** True while a board that opened without the server (from this device's copy) is still offline. */
export function useStartedOffline(): boolean {
  const status = useConnectionStatus()
  return useSession().workshop.startedOffline && status !== 'online'
}
