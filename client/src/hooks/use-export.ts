import { useMemo } from 'react'
import type { WorkshopExport } from '@weave/shared'
import { withCodebook } from '../analysis/merge-codebook'
import type { AnalysisScope } from '../analysis/scope'
import { useAnalysis } from '../session/analysis-context'
import type { Resource } from '../session/resource'
import { useAnalysisQuery } from './use-analysis-query'
import { useCodebook } from './use-codebook'
import { useResource } from './use-resource'

/** An export as a view reads it, with a way to fetch it again. */
export interface LoadedExport extends Resource<WorkshopExport> {
  readonly reload: () => Promise<unknown>
}

/**
 * The JSON export of a scope, with every note's codes as the codebook has them now (so coding
 * shows at once, without fetching the export again).
 */
export function useExportOf(scope: AnalysisScope, deidentified: boolean): LoadedExport {
  // exportOf hands back the same store for the same scope, so this is stable across renders.
  const store = useAnalysis().exportOf(scope, deidentified)
  const resource = useResource(store)
  const codebook = useCodebook().data
  const data = useMemo(
    () => (resource.data && codebook ? withCodebook(resource.data, codebook) : resource.data),
    [resource.data, codebook],
  )
  return useMemo(() => ({ ...resource, data, reload: store.reload }), [resource, data, store])
}

/** The export of the scope the page shows, with names or pseudonyms as the toggle says. */
export function useScopeExport(): LoadedExport {
  const { scope, deidentified } = useAnalysisQuery()
  return useExportOf(scope, deidentified)
}
