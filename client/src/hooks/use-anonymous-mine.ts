import type { AnonymousIds } from '../session/anonymous-mine'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** This person's anonymous notes and threads in the room (as the server told). */
export function useAnonymousMine(): AnonymousIds {
  return useStore(useSession().anonymous.mine.ids)
}
