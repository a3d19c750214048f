import { createContext, useContext } from 'react'
import type { AnalysisSession } from './analysis-session'

/** The analysis page's session, for its hooks and commands. */
export const AnalysisContext = createContext<AnalysisSession | null>(null)

/** The analysis session; throws outside the analysis page (a programming error). */
export function useAnalysis(): AnalysisSession {
  const session = useContext(AnalysisContext)
  if (!session) throw new Error('useAnalysis must be used inside <AnalysisContext.Provider>.')
  return session
}
