import type * as Y from 'yjs'
import type { BoardState } from '@weave/shared'
import { BadMessageError, MissingDependenciesError } from '../sync/update-guard.js'
import { applyCapturing, replicaOf } from './replica.js'
import type { RoomConnection } from './types.js'
import { checkParticipantUpdate, RefusedUpdateError } from './write-policy.js'

/**
 * A replica of a board that a connection's update is applied to first, so the board rules can be
 * checked (and a bad update refused) before anything touches the live document. Everything the
 * live document gets by other paths (server changes, other instances) is mirrored into it.
 */
export interface PolicyShadow {
  /** Applies `update` to the shadow; throws RefusedUpdateError or BadMessageError (then resets). */
  check(doc: Y.Doc, conn: RoomConnection, update: Uint8Array): void
  /** Mirrors a change the live document already made. */
  mirror(live: Y.Doc, change: Uint8Array): void
  /** Drops the replica; the next check copies the live document again (after a rebuild). */
  reset(): void
  destroy(): void
}

/**
 * Creates the shadow of a freshly loaded board; `boardState` gives the rules in force. The replica
 * is built on the first check, not at load: rooms that are only read (viewers, overviews, idle
 * rooms kept loaded) never pay for a second copy of the board, and a refusal only drops it.
 */
export function createPolicyShadow(boardState: () => BoardState): PolicyShadow {
  let shadow: Y.Doc | null = null

  function reset(): void {
    shadow?.destroy()
    shadow = null
  }

  return {
    check(live, conn, update) {
      const replica = (shadow ??= replicaOf(live))
      const state = boardState()
      let refusal: string | null
      try {
        refusal =
          conn.principal.role === 'participant'
            ? checkParticipantUpdate(live, replica, update, conn.principal, state)
            : (applyCapturing(replica, update, {}),
              state.phase === 'closed' ? 'the workshop is closed' : null)
      } catch (error) {
        reset()
        throw error instanceof BadMessageError
          ? error
          : new BadMessageError(`update failed to apply: ${String(error)}`)
      }
      if (replica.store.pendingStructs !== null || replica.store.pendingDs !== null) {
        reset()
        throw new MissingDependenciesError()
      }
      if (refusal) {
        reset()
        throw new RefusedUpdateError(refusal)
      }
    },
    mirror(_live, change) {
      // Not built yet: it will be copied from the live document, change included.
      if (!shadow) return
      try {
        applyCapturing(shadow, change, {})
      } catch {
        // It cannot fail on a change the live document made; if it ever does, start again.
        reset()
      }
    },
    reset,
    destroy: reset,
  }
}
