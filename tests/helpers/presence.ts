import type { TestClient } from './clients.js'
import { waitForEvent } from './wait.js'

/** A presence state as clients see it (stamped by the server). */
export interface SeenPresence {
  readonly user?: { name: string | null; role: string; sector: string | null }
  readonly cursor?: { x: number; y: number } | null
}

/** The presence `client` sees for another client's awareness id, if any. */
export function presenceOf(client: TestClient, clientId: number): SeenPresence | undefined {
  return client.provider.awareness.getStates().get(clientId) as SeenPresence | undefined
}

/** Resolves when `check` holds over the presence states `client` sees, re-checking on changes. */
export function presenceReaches(
  client: TestClient,
  what: string,
  check: (states: Map<number, SeenPresence>) => boolean,
): Promise<void> {
  const awareness = client.provider.awareness
  return waitForEvent(
    what,
    (onChange) => {
      awareness.on('change', onChange)
      return () => awareness.off('change', onChange)
    },
    () => check(awareness.getStates() as Map<number, SeenPresence>),
  )
}
