import { useMemo } from 'react'
import type { WorkshopInfo } from '@weave/shared'
import { fetchWorkshop } from '../api/api-client'
import { createResource, type Resource } from '../session/resource'
import { strings } from '../i18n/strings'
import { useResource } from './use-resource'

/** What a token lets its holder see of a workshop (role, title, rooms), with a way to retry. */
export function useWorkshopInfo(
  workshopId: string,
  token: string,
): { info: Resource<WorkshopInfo>; retry: () => void } {
  const store = useMemo(
    () => createResource(() => fetchWorkshop(workshopId, token), strings.analysisPage.openFailed),
    [workshopId, token],
  )
  return { info: useResource(store), retry: () => void store.reload() }
}
