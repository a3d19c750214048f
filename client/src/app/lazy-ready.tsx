import { lazy, type ComponentType } from 'react'
import type { ModuleLoader } from './module-loader'

/**
 * React.lazy over a module loader, rendering without suspending when the module is already in.
 * Once React has shown a Suspense fallback it keeps it at least 300 ms; a board page whose code
 * had arrived (preloaded) used to wait that long for nothing.
 */
export function lazyReady<P extends object>(loader: ModuleLoader<ComponentType<P>>) {
  return lazy(() => {
    const ready = loader.loaded()
    if (!ready) return loader.load().then((component) => ({ default: component }))
    // React reads a thenable that calls back at once as already resolved: no fallback shown.
    const settled: PromiseLike<{ default: ComponentType<P> }> = {
      then: (onFulfilled) => onFulfilled!({ default: ready }) as never,
    }
    return settled as Promise<{ default: ComponentType<P> }>
  })
}
