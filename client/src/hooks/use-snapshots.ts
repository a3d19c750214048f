import { useEffect, useMemo } from 'react'
import type { SnapshotInfo } from '@weave/shared'
import { listSnapshots } from '../api/analysis-api'
import { newestFirst } from '../analysis/scope'
import { useAnalysis } from '../session/analysis-context'
import { createResource, type Resource, type ResourceStore } from '../session/resource'
import { laterStrings } from '../i18n/strings-later'
import { useResource } from './use-resource'
import { useStore } from './use-store'

/** The workshop's snapshots, newest first (analysis page). */
export function useSnapshots(): Resource<readonly SnapshotInfo[]> {
  const resource = useResource(useAnalysis().snapshots)
  const sorted = useMemo(() => (resource.data ? newestFirst(resource.data) : null), [resource.data])
  return useMemo(() => ({ ...resource, data: sorted }), [resource, sorted])
}

/**
 * The workshop's snapshots for the facilitator console, newest first, with the store to reload
 * them after an action. Loaded when the console shows them.
 */
export function useSnapshotList(
  workshopId: string,
  token: string,
): { snapshots: Resource<readonly SnapshotInfo[]>; store: ResourceStore<SnapshotInfo[]> } {
  const store = useMemo(
    () =>
      createResource(
        async () => newestFirst(await listSnapshots(workshopId, token)),
        laterStrings.analysis.errors.snapshots,
      ),
    [workshopId, token],
  )
  useEffect(() => {
    void store.reload()
  }, [store])
  return { snapshots: useStore(store), store }
}
