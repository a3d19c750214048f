import type { Author } from '@weave/shared'
import { useSession } from '../session/session-context'

/** This person, as the server knows them. */
export function useSelf(): Author {
  return useSession().author
}
