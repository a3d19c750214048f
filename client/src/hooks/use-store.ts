import { useSyncExternalStore } from 'react'
import type { ReadableStore } from '../session/store'

/** Reads a store and re-renders when it changes (snapshots are cached by the store). */
export function useStore<T>(store: ReadableStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}
