import type * as Y from 'yjs'
import {
  clustersMap,
  draftChangeRefusal,
  PRIVATE_NOTES_UNCLUSTERED,
  PRIVATE_NOTES_UNCONNECTED,
  threadsMap,
  type BoardState,
  type Principal,
} from '@weave/shared'
import { applyCapturing } from './replica.js'

/**
 * Checks its author's update to a private draft by applying it to `shadow` (PRO-8): a draft takes
 * writes only while its room's private round is open, and holds notes only (the client never
 * connects or clusters private notes, and the reveal copies notes). What the update changes is judged, not
 * its bytes: a reconnecting client's sync step 2 repeats the deletions the reveal made, which
 * change nothing and must not cost it its connection. On a refusal the shadow holds the refused
 * change and must be rebuilt by the caller.
 */
export function checkDraftUpdate(
  shadow: Y.Doc,
  update: Uint8Array,
  principal: Principal,
  state: BoardState,
): string | null {
  let connects = false
  let clusters = false
  const onThreads = () => {
    connects = true
  }
  const onClusters = () => {
    clusters = true
  }
  threadsMap(shadow).observeDeep(onThreads)
  clustersMap(shadow).observeDeep(onClusters)
  let changed: boolean
  try {
    changed = applyCapturing(shadow, update, {}).length > 0
  } finally {
    threadsMap(shadow).unobserveDeep(onThreads)
    clustersMap(shadow).unobserveDeep(onClusters)
  }
  if (!changed) return null
  return (
    draftChangeRefusal(principal, state) ??
    (connects ? PRIVATE_NOTES_UNCONNECTED : clusters ? PRIVATE_NOTES_UNCLUSTERED : null)
  )
}
