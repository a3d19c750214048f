import type { PeerPresence } from '../session/presence'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** Everyone else in the room: who they are, where their cursor is, what they edit. */
export function usePresence(): readonly PeerPresence[] {
  return useStore(useSession().peers)
}
