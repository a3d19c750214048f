import type { Role } from '@weave/shared'
import { useSession } from '../session/session-context'

/** What this person may do on the board. */
export interface Abilities {
  readonly role: Role
  readonly canWrite: boolean
}

/** This person's role and whether they may change the board. */
export function useAbilities(): Abilities {
  const session = useSession()
  return { role: session.info.role, canWrite: session.canWrite }
}
