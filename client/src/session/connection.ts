import type { WebsocketProvider } from 'y-websocket'
import { CloseCode, FATAL_CLOSE_CODES } from '@weave/shared'
import { createValueStore, type ReadableStore, type ValueStore } from './store'

/** What the connection badge shows. */
export type ConnectionStatus = 'online' | 'connecting' | 'offline'

/** After this long without a working connection we say "offline" rather than "reconnecting". */
const OFFLINE_AFTER_MS = 10_000

/** The connection of a board session, combined over its providers. */
export interface ConnectionTracker {
  readonly status: ReadableStore<ConnectionStatus>
  /**
   * True once every document has synced with the server at least once, or, for a board opened
   * offline, once the device's copy is loaded: either way the board shows what there is.
   */
  readonly everSynced: ReadableStore<boolean>
  /** The close code that ended the session for good (bad or expired token...), if any. */
  readonly fatalCloseCode: ReadableStore<number | null>
  readonly destroy: () => void
}

/**
 * Reconnect after anything except the codes that mean "this token will never work", a refused
 * update (the local copy holds the refused change: the session is rebuilt from scratch instead)
 * and "moved" (the room navigator opens the room the control document gives instead).
 */
export function shouldReconnect(event: CloseEvent): boolean {
  return (
    !FATAL_CLOSE_CODES.has(event.code) &&
    event.code !== CloseCode.refusedUpdate &&
    event.code !== CloseCode.moved
  )
}

/** Calls `onMoved` when the server says this person no longer belongs in the room. */
export function watchMoved(provider: WebsocketProvider, onMoved: () => void): () => void {
  function onClose(event: CloseEvent | null): void {
    if (event?.code === CloseCode.moved) onMoved()
  }
  provider.on('connection-close', onClose)
  return () => provider.off('connection-close', onClose)
}

/** Calls `onRefused` with the server's reason when it refuses an update on this provider. */
export function watchRefusal(
  provider: WebsocketProvider,
  onRefused: (reason: string) => void,
): () => void {
  function onClose(event: CloseEvent | null): void {
    if (event?.code === CloseCode.refusedUpdate) onRefused(event.reason)
  }
  provider.on('connection-close', onClose)
  return () => provider.off('connection-close', onClose)
}

/**
 * Follows the providers' status, sync and close events. `loadedFromDevice` is given when the board
 * opened without the server and resolves once the device's copies are loaded.
 */
export function trackConnection(
  providers: readonly WebsocketProvider[],
  loadedFromDevice: Promise<unknown> | null = null,
): ConnectionTracker {
  const status: ValueStore<ConnectionStatus> = createValueStore<ConnectionStatus>('connecting')
  const everSynced = createValueStore(false)
  const fatalCloseCode = createValueStore<number | null>(null)
  let troubleSince: number | null = Date.now()
  let timer: ReturnType<typeof setTimeout> | undefined

  function update(): void {
    const healthy = providers.every((provider) => provider.wsconnected && provider.synced)
    if (healthy) {
      troubleSince = null
      everSynced.set(true)
    } else if (troubleSince === null) {
      troubleSince = Date.now()
    }
    clearTimeout(timer)
    if (fatalCloseCode.get() !== null || !navigator.onLine) return status.set('offline')
    if (healthy) return status.set('online')
    const waited = Date.now() - (troubleSince ?? Date.now())
    if (everSynced.get() && waited >= OFFLINE_AFTER_MS) return status.set('offline')
    status.set('connecting')
    if (everSynced.get()) timer = setTimeout(update, OFFLINE_AFTER_MS - waited + 50)
  }

  function onClose(event: CloseEvent | null): void {
    if (event && FATAL_CLOSE_CODES.has(event.code)) {
      fatalCloseCode.set(event.code)
      for (const provider of providers) provider.disconnect()
    }
    update()
  }

  for (const provider of providers) {
    provider.on('status', update)
    provider.on('sync', update)
    provider.on('connection-close', onClose)
  }
  window.addEventListener('online', update)
  window.addEventListener('offline', update)
  update()
  let destroyed = false
  void loadedFromDevice?.then(() => {
    if (destroyed) return
    everSynced.set(true)
    update()
  })

  return {
    status,
    everSynced,
    fatalCloseCode,
    destroy() {
      destroyed = true
      clearTimeout(timer)
      window.removeEventListener('online', update)
      window.removeEventListener('offline', update)
      for (const provider of providers) {
        provider.off('status', update)
        provider.off('sync', update)
        provider.off('connection-close', onClose)
      }
    },
  }
}
