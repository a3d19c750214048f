import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** The server's reason when it refused a change (the board must be reloaded). */
export function useRefused(): string | null {
  return useStore(useSession().refused)
}
