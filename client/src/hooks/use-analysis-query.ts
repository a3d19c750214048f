import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'wouter'
import {
  scopeFromKey,
  scopeFromQuery,
  scopeKey,
  withScope,
  type AnalysisScope,
} from '../analysis/scope'

/** The analysis page's views, in tab order. */
export const ANALYSIS_TABS = ['board', 'compare', 'coding', 'counts', 'matrix', 'export'] as const
/** One of ANALYSIS_TABS. */
export type AnalysisTab = (typeof ANALYSIS_TABS)[number]

/** What the page's address says: the scope, the naming mode and the open tab. */
export interface AnalysisQuery {
  readonly scope: AnalysisScope
  readonly deidentified: boolean
  readonly tab: AnalysisTab
  readonly setScope: (scope: AnalysisScope) => void
  readonly setDeidentified: (on: boolean) => void
  readonly setTab: (tab: AnalysisTab) => void
}

/**
 * The analysis page keeps its choices in the address (`?snapshot=`, `?room=`, `?deidentified=1`,
 * `?tab=`), so a link or a reload opens the same view.
 */
export function useAnalysisQuery(): AnalysisQuery {
  const [query, setQuery] = useSearchParams()
  const scopeId = scopeKey(scopeFromQuery(query))
  // Keep the scope object stable while the address names the same scope.
  const scope = useMemo(() => scopeFromKey(scopeId), [scopeId])
  const deidentified = query.get('deidentified') === '1'
  const tabParam = query.get('tab')
  const tab = ANALYSIS_TABS.find((candidate) => candidate === tabParam) ?? 'board'
  const update = useCallback(
    (change: (next: URLSearchParams) => URLSearchParams) =>
      setQuery((previous) => change(new URLSearchParams(previous)), { replace: true }),
    [setQuery],
  )
  const setScope = useCallback((next: AnalysisScope) => update((q) => withScope(q, next)), [update])
  const setDeidentified = useCallback(
    (on: boolean) =>
      update((q) => {
        if (on) q.set('deidentified', '1')
        else q.delete('deidentified')
        return q
      }),
    [update],
  )
  const setTab = useCallback(
    (next: AnalysisTab) =>
      update((q) => {
        q.set('tab', next)
        return q
      }),
    [update],
  )
  return { scope, deidentified, tab, setScope, setDeidentified, setTab }
}
