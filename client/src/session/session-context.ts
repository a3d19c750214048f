import { createContext, useContext } from 'react'
import type { BoardSession } from './board-session'
import type { RoomNavigator } from './room-navigator'

/** The open board, for the hooks and commands of the components below it. */
export const SessionContext = createContext<BoardSession | null>(null)

/** The open board; throws when used outside a board (a programming error). */
export function useSession(): BoardSession {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession must be used inside <SessionContext.Provider>.')
  return session
}

/** What moves this page between rooms, for the room switcher and the arrival notice. */
export const NavigatorContext = createContext<RoomNavigator | null>(null)

/** The room navigator of the open board; throws outside a board. */
export function useNavigator(): RoomNavigator {
  const navigator = useContext(NavigatorContext)
  if (!navigator) throw new Error('useNavigator must be used inside <NavigatorContext.Provider>.')
  return navigator
}
