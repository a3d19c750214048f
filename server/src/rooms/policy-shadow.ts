import type * as Y from 'yjs'
import type { BoardState, ContentRule } from '@weave/shared'
import {
  BadMessageError,
  MissingDependenciesError,
  RefusedUpdateError,
} from '../wire/closing-errors.js'
import { applyCapturing, replicaOf } from './replica.js'
import type { RoomConnection } from './types.js'
import { checkDraftUpdate } from './draft-policy.js'
import { checkParticipantUpdate } from './write-policy.js'

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
 * Creates the shadow of a freshly loaded document. `content` says what the document may hold
 * (checked for every writer); `boardState` gives the board rules in force, or null when none
 * apply; `isDraft` judges writes by the draft's rule instead (draft-policy.ts). The replica is built on the first check, not at load: rooms that are only read
 * (viewers, overviews, idle rooms kept loaded) never pay for a second copy of the board, and a
 * refusal only drops it.
 */
export function createPolicyShadow(
  content: ContentRule,
  boardState: (() => BoardState) | null,
  isDraft = false,
): PolicyShadow {
  let shadow: Y.Doc | null = null

  function reset(): void {
    shadow?.destroy()
    shadow = null
  }

  /** The board rules' verdict on `update`, applying it to `replica`. */
  function ruleRefusal(live: Y.Doc, replica: Y.Doc, conn: RoomConnection, update: Uint8Array) {
    const state = boardState?.() ?? null
    if (state && isDraft) return checkDraftUpdate(replica, update, conn.principal, state)
    if (state && conn.principal.role === 'participant') {
      return checkParticipantUpdate(live, replica, update, conn.principal, state)
    }
    applyCapturing(replica, update, {})
    return state?.phase === 'closed' ? 'the workshop is closed' : null
  }

  return {
    check(live, conn, update) {
      const replica = (shadow ??= replicaOf(live))
      let refusal: string | null = null
      const checkContent = (transaction: Y.Transaction) => {
        refusal ??= content(replica, transaction)
      }
      replica.on('afterTransaction', checkContent)
      try {
        const broken = ruleRefusal(live, replica, conn, update)
        // What the document may hold comes first: a malformed note is that, not a rule's matter.
        refusal ??= broken
      } catch (error) {
        reset()
        throw error instanceof BadMessageError
          ? error
          : new BadMessageError(`update failed to apply: ${String(error)}`)
      } finally {
        replica.off('afterTransaction', checkContent)
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
