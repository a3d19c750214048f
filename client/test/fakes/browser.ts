import { vi } from 'vitest'

/** A Map behind the Storage interface (the client tests run in Node, which has none). */
export function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  }
}

/**
 * Gives the test a browser's storage and a `location` that records where the page was sent
 * (undo with `vi.unstubAllGlobals()`); returns the addresses, oldest first.
 */
export function stubBrowserPage(): { readonly visited: string[] } {
  const visited: string[] = []
  vi.stubGlobal('localStorage', memoryStorage())
  vi.stubGlobal('sessionStorage', memoryStorage())
  vi.stubGlobal('location', { assign: (url: string) => void visited.push(url) })
  return { visited }
}
