import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** True while the notice "the board opened as a list because the connection is slow" shows. */
export function useSlowLinkNotice(): boolean {
  return useStore(useSession().workshop.slowLinkNotice)
}
