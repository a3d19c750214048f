/** Loads a module's export once, and says whether it is already in. */
export interface ModuleLoader<T> {
  /** Starts loading (once) and resolves with the export. */
  load(): Promise<T>
  /** The export once it has loaded; null before. */
  loaded(): T | null
}

/** A loader around a dynamic import (`load` runs once, again only after a failure). */
export function createModuleLoader<T>(load: () => Promise<T>): ModuleLoader<T> {
  let pending: Promise<T> | null = null
  let value: T | null = null
  return {
    load: () =>
      (pending ??= load().then(
        (loadedValue) => {
          value = loadedValue
          return loadedValue
        },
        (error: unknown) => {
          // A chunk that failed (offline...) is fetched again next time.
          pending = null
          throw error
        },
      )),
    loaded: () => value,
  }
}
