import type { Awareness } from 'y-protocols/awareness'
import { parsePresenceState, type PresenceState } from '@weave/shared'
import { createDerivedStore, reuseJson, type DerivedStore } from './store'

/** Someone else's presence, keyed by their connection (one person may have two tabs open). */
export interface PeerPresence extends PresenceState {
  readonly clientId: number
}

function readPeers(awareness: Awareness): readonly PeerPresence[] {
  const peers: PeerPresence[] = []
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return
    const parsed = parsePresenceState(state)
    if (parsed) peers.push({ ...parsed, clientId })
  })
  return peers.sort((a, b) => a.clientId - b.clientId)
}

function reusePeers(
  previous: readonly PeerPresence[],
  next: readonly PeerPresence[],
): readonly PeerPresence[] {
  const byId = new Map(previous.map((peer) => [peer.clientId, peer]))
  let changed = previous.length !== next.length
  const merged = next.map((peer, index) => {
    const old = byId.get(peer.clientId)
    const kept = old ? reuseJson(old, peer) : peer
    if (kept !== previous[index]) changed = true
    return kept
  })
  return changed ? merged : previous
}

/** Everyone else connected to the room, as the server stamped them. */
export function createPeersStore(awareness: Awareness): DerivedStore<readonly PeerPresence[]> {
  return createDerivedStore(
    (onChange) => {
      awareness.on('change', onChange)
      return () => awareness.off('change', onChange)
    },
    () => readPeers(awareness),
    reusePeers,
  )
}
