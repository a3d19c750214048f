import { ApiRequestError } from '../api/api-client'
import { createValueStore, type ReadableStore } from './store'

/** Something loaded from the server: the last good value, and whether a load is on its way. */
export interface Resource<T> {
  readonly data: T | null
  readonly loading: boolean
  /** A sentence for people when the last load failed. */
  readonly error: string | null
}

/** A resource that can be (re)loaded, or replaced by a value an action returned. */
export interface ResourceStore<T> extends ReadableStore<Resource<T>> {
  /** Loads again; resolves with the value (null when it failed). Only the newest load wins. */
  readonly reload: () => Promise<T | null>
  /** Loads once, unless a value or a load is already there. */
  readonly ensure: () => void
  readonly set: (data: T) => void
  /** True while some component is subscribed. */
  readonly watched: () => boolean
}

/** What to show when a call failed: the server's sentence, or `fallback`. */
export function failureMessage(error: unknown, fallback: string): string {
  return error instanceof ApiRequestError && error.message ? error.message : fallback
}

/** A resource over `load`; nothing is fetched until `reload` or `ensure`. */
export function createResource<T>(load: () => Promise<T>, fallbackError: string): ResourceStore<T> {
  const store = createValueStore<Resource<T>>({ data: null, loading: false, error: null })
  let latest = 0
  let subscribers = 0
  async function reload(): Promise<T | null> {
    const ticket = ++latest
    store.set({ ...store.get(), loading: true })
    try {
      const data = await load()
      if (ticket === latest) store.set({ data, loading: false, error: null })
      return data
    } catch (error) {
      if (ticket === latest) {
        store.set({ ...store.get(), loading: false, error: failureMessage(error, fallbackError) })
      }
      return null
    }
  }
  return {
    get: store.get,
    subscribe(listener) {
      subscribers += 1
      const stop = store.subscribe(listener)
      return () => {
        subscribers -= 1
        stop()
      }
    },
    reload,
    ensure() {
      const now = store.get()
      if (now.data === null && !now.loading && now.error === null) void reload()
    },
    set(data) {
      latest += 1
      store.set({ data, loading: false, error: null })
    },
    watched: () => subscribers > 0,
  }
}
