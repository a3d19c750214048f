import { createContext, useContext } from 'react'
import type { BoardSession } from './board-session'

/** The open board, for the hooks and commands of the components below it. */
export const SessionContext = createContext<BoardSession | null>(null)

/** The open board; throws when used outside a board (a programming error). */
export function useSession(): BoardSession {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession must be used inside <SessionContext.Provider>.')
  return session
}
