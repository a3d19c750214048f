import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** The close code that ended the connection for good, if any. */
export function useFatalCloseCode(): number | null {
  return useStore(useSession().connection.fatalCloseCode)
}
