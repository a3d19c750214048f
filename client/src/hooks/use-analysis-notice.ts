import { useAnalysis } from '../session/analysis-context'
import type { AnalysisNotice } from '../session/analysis-session'
import { useStore } from './use-store'

/** The last message about an action on the analysis page. */
export function useAnalysisNotice(): AnalysisNotice | null {
  return useStore(useAnalysis().notice)
}
