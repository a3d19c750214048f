import type { MyDots } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** This person's own dots in the open vote (null when none is open). */
export function useMyDots(): MyDots | null {
  return useStore(useSession().myDots)
}
