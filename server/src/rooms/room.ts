import * as Y from 'yjs'
import type { Logger } from '../log.js'
import type { DocStore } from '../store/types.js'
import { awarenessFrame, syncStep1Frame, syncStep2Frame } from '../sync/frames.js'
import type { BoardState } from '@weave/shared'
import { assertSoundUpdate, BadMessageError } from '../sync/update-guard.js'
import { createBroadcaster } from './broadcaster.js'
import { applyCapturing, changeCapturing, replicaOf } from './replica.js'
import { checkParticipantUpdate, RefusedUpdateError } from './write-policy.js'
import { createRoomPresence } from './room-presence.js'
import type { RoomConnection, RoomKey, ServerOrigin } from './types.js'

/** A loaded document with its connections: the server side of one board or control doc. */
export interface Room extends RoomKey {
  /** Resolves once the document is loaded from the store (messages wait on it, never get lost). */
  readonly ready: Promise<void>
  add(conn: RoomConnection): void
  remove(conn: RoomConnection): void
  readonly connectionCount: number
  /** Applies a client's update; throws BadMessageError (and leaves everything unchanged) if unsound. */
  applyUpdate(conn: RoomConnection, update: Uint8Array): void
  /** Applies a client's awareness update (stamped with its identity). */
  applyAwareness(conn: RoomConnection, payload: Uint8Array): void
  /** Answers a sync step 1 once everything in memory is durable. */
  answerSyncStep1(conn: RoomConnection, stateVector: Uint8Array): Promise<void>
  /** The frames a new connection gets first: our state vector and everyone's presence. */
  greet(conn: RoomConnection): void
  /** Resolves when every applied update is stored and relayed. */
  settled(): Promise<void>
  /** True when nothing is connected or pending: safe to unload. */
  isIdle(): boolean
  /** Reads the current document (for server-side reads such as lanes). */
  read<T>(reader: (doc: Y.Doc) => T): T
  /** Makes a server-side change (one transaction), stored and relayed like any update. */
  change(change: (doc: Y.Doc) => void): void
  /** Closes every connection `shouldGo` picks, with a close code and reason. */
  closeWhere(shouldGo: (conn: RoomConnection) => boolean, code: number, reason: string): void
  /** Flushes, compacts if anything changed, and frees the document. */
  unload(): Promise<void>
}

/** What a room needs. */
export interface RoomDeps {
  readonly store: DocStore
  readonly log: Logger
  readonly compactAfterUpdates: number
  /**
   * The board rules in force for this document (from the workshop's control document), or null
   * when no rules apply (control documents: only facilitators write them; private drafts).
   */
  readonly boardState: (() => BoardState) | null
  /** The room is ready only once this has resolved too (the control room, for boards). */
  readonly loadAfter?: Promise<void>
  /** Called after a connection's update changed the document (control rooms watch the phase). */
  readonly onChanged?: (doc: Y.Doc) => void
}

/** Creates a room and starts loading its document from the store. */
export function createRoom(key: RoomKey, deps: RoomDeps): Room {
  const { store, log } = deps
  const connections = new Set<RoomConnection>()
  let doc = new Y.Doc()
  // A replica used to check participants' updates before they touch `doc` (boards only).
  let shadow: Y.Doc | null = null
  let appendsSinceCompaction = 0
  let rebuilding: Promise<void> | null = null
  const deferred: Array<{ conn: RoomConnection; update: Uint8Array }> = []

  const presence = createRoomPresence((ids) => broadcaster.presenceChanged(ids))
  const broadcaster = createBroadcaster({
    connections: () => connections,
    persist: async (updates) => {
      await store.appendUpdates(key.docName, updates)
      appendsSinceCompaction += updates.length
      if (appendsSinceCompaction >= deps.compactAfterUpdates) await compact()
    },
    presenceFrame: (ids) => {
      const update = presence.encode(ids)
      return update ? awarenessFrame(update) : null
    },
    ownsAll: (conn, ids) => ids.every((id) => presence.idsOf(conn).has(id)),
    onFlushError: (error) => {
      log.error('store append failed; closing room connections so clients resend', {
        doc: key.docName,
        error: String(error),
      })
      for (const conn of connections) conn.close(1011, 'storage unavailable')
    },
  })

  async function loadInto(target: Y.Doc): Promise<void> {
    const stored = await store.loadDoc(key.docName)
    const origin: ServerOrigin = { source: 'store' }
    for (const update of stored.updates) {
      try {
        Y.applyUpdate(target, update, origin)
      } catch (error) {
        log.error('skipping a stored update that does not apply', {
          doc: key.docName,
          error: String(error),
        })
      }
    }
    appendsSinceCompaction = stored.pendingCount
  }

  async function load(): Promise<void> {
    await deps.loadAfter
    await loadInto(doc)
    if (deps.boardState) shadow = replicaOf(doc)
  }

  function resetShadow(): void {
    if (!shadow) return
    shadow.destroy()
    shadow = replicaOf(doc)
  }

  /** Applies a connection's update to the shadow first, checking the board rules if needed. */
  function checkAndShadow(conn: RoomConnection, update: Uint8Array): void {
    if (!shadow || !deps.boardState) return
    const state = deps.boardState()
    let refusal: string | null
    try {
      refusal =
        conn.principal.role === 'participant'
          ? checkParticipantUpdate(doc, shadow, update, conn.principal, state)
          : (applyCapturing(shadow, update, {}),
            state.phase === 'closed' ? 'the workshop is closed' : null)
    } catch (error) {
      resetShadow()
      throw error instanceof BadMessageError
        ? error
        : new BadMessageError(`update failed to apply: ${String(error)}`)
    }
    if (shadow.store.pendingStructs !== null || shadow.store.pendingDs !== null) {
      resetShadow()
      throw new BadMessageError('update has missing dependencies')
    }
    if (refusal) {
      resetShadow()
      throw new RefusedUpdateError(refusal)
    }
  }

  async function compact(): Promise<void> {
    // Read the sequence first: every update stored up to it was applied to `doc` before it was
    // stored, so the state encoded next includes all of them.
    const throughSeq = await store.latestSeq(key.docName)
    await store.compactDoc(key.docName, Y.encodeStateAsUpdate(doc), throughSeq)
    appendsSinceCompaction = 0
  }

  /** Throws away the in-memory document after a failed apply and reloads the durable state. */
  function rebuild(): void {
    const broken = doc
    rebuilding = (async () => {
      await broadcaster.settled()
      const fresh = new Y.Doc()
      await loadInto(fresh)
      doc = fresh
      broken.destroy()
      resetShadow()
      rebuilding = null
      for (const { conn, update } of deferred.splice(0)) {
        if (!connections.has(conn)) continue
        try {
          room.applyUpdate(conn, update)
        } catch (error) {
          conn.close(4400, (error as Error).message.slice(0, 120))
        }
      }
    })()
  }

  const room: Room = {
    ...key,
    ready: load(),
    get connectionCount() {
      return connections.size
    },
    add(conn) {
      connections.add(conn)
    },
    remove(conn) {
      connections.delete(conn)
      presence.drop(conn)
    },
    applyUpdate(conn, update) {
      if (rebuilding) {
        deferred.push({ conn, update })
        return
      }
      assertSoundUpdate(update)
      checkAndShadow(conn, update)
      const origin: ServerOrigin = { source: 'connection', connectionId: conn.id }
      let effective: Uint8Array[]
      try {
        effective = applyCapturing(doc, update, origin)
      } catch (error) {
        rebuild()
        throw error
      }
      for (const change of effective) broadcaster.queueUpdate(change, conn)
      if (effective.length > 0) deps.onChanged?.(doc)
    },
    applyAwareness(conn, payload) {
      presence.receive(conn, payload)
    },
    async answerSyncStep1(conn, stateVector) {
      await room.settled()
      conn.send(syncStep2Frame(doc, stateVector))
    },
    greet(conn) {
      conn.send(syncStep1Frame(doc))
      const states = presence.encode()
      if (states) conn.send(awarenessFrame(states))
    },
    async settled() {
      await broadcaster.settled()
      if (rebuilding) await rebuilding
    },
    isIdle() {
      return connections.size === 0 && broadcaster.isIdle() && rebuilding === null
    },
    read(reader) {
      return reader(doc)
    },
    closeWhere(shouldGo, code, reason) {
      for (const conn of [...connections]) if (shouldGo(conn)) conn.close(code, reason)
    },
    change(change) {
      const origin: ServerOrigin = { source: 'server' }
      const effective = changeCapturing(doc, change, origin)
      for (const update of effective) {
        if (shadow) applyCapturing(shadow, update, {})
        broadcaster.queueUpdate(update, null)
      }
    },
    async unload() {
      await room.settled()
      if (appendsSinceCompaction > 0) await compact()
      presence.destroy()
      shadow?.destroy()
      doc.destroy()
    },
  }
  return room
}
