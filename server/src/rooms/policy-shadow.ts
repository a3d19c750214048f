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
  /** Starts again from the live document (after a refusal or a rebuild). */
  reset(doc: Y.Doc): void
  destroy(): void
}

/** Creates the shadow of a freshly loaded board; `boardState` gives the rules in force. */
export function createPolicyShadow(doc: Y.Doc, boardState: () => BoardState): PolicyShadow {
  let shadow = replicaOf(doc)

  function reset(live: Y.Doc): void {
    shadow.destroy()
    shadow = replicaOf(live)
  }

  return {
    check(live, conn, update) {
      const state = boardState()
      let refusal: string | null
      try {
        refusal =
          conn.principal.role === 'participant'
            ? checkParticipantUpdate(live, shadow, update, conn.principal, state)
            : (applyCapturing(shadow, update, {}),
              state.phase === 'closed' ? 'the workshop is closed' : null)
      } catch (error) {
        reset(live)
        throw error instanceof BadMessageError
          ? error
          : new BadMessageError(`update failed to apply: ${String(error)}`)
      }
      if (shadow.store.pendingStructs !== null || shadow.store.pendingDs !== null) {
        reset(live)
        throw new MissingDependenciesError()
      }
      if (refusal) {
        reset(live)
        throw new RefusedUpdateError(refusal)
      }
    },
    mirror(live, change) {
      try {
        applyCapturing(shadow, change, {})
      } catch {
        // It cannot fail on a change the live document made; if it ever does, start again.
        reset(live)
      }
    },
    reset,
    destroy() {
      shadow.destroy()
    },
  }
}
