import { useMemo } from 'react'
import { isMovingByKeyboard } from '../session/interaction'
import { useSession } from '../session/session-context'
import { selectStore } from '../session/store'
import { useStore } from './use-store'

/** True while the focused note is picked up to be moved with the arrow keys. */
export function useMoving(): boolean {
  const { interaction } = useSession().view
  return useStore(useMemo(() => selectStore(interaction, isMovingByKeyboard), [interaction]))
}
