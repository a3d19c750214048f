import { useEffect } from 'react'
import type { Resource, ResourceStore } from '../session/resource'
import { useStore } from './use-store'

/** Reads a resource, loading it the first time a component needs it. */
export function useResource<T>(store: ResourceStore<T>): Resource<T> {
  useEffect(() => store.ensure(), [store])
  return useStore(store)
}
