import { useEffect } from 'react'
import { useEverSynced } from '../hooks/use-ever-synced'

/** The service worker that keeps the app shell for offline reloads (client/public/sw.js). */
const WORKER_URL = '/sw.js'

/**
 * Registers the service worker, then hands it the files this page loaded before it was in control
 * (they came from the network, not through it). Production builds only: in development Vite
 * serves modules that change all the time. Needs a secure context (HTTPS or localhost).
 */
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const container = navigator.serviceWorker
  function handOver(): void {
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.startsWith(`${location.origin}/assets/`))
    container.controller?.postMessage({ type: 'weave:cache', urls: ['/', ...urls] })
  }
  if (container.controller) handOver()
  else container.addEventListener('controllerchange', handOver, { once: true })
  container.register(WORKER_URL).catch(() => {
    // No offline reloads (e.g. plain HTTP on a LAN address); everything else works.
  })
}

/**
 * Registers the offline shell once the board has synced, so the worker's start-up never competes
 * with the board's first load on a slow connection.
 */
export function useOfflineShell(): void {
  const synced = useEverSynced()
  useEffect(() => {
    if (synced) registerOfflineShell()
  }, [synced])
}
