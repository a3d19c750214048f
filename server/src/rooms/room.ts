import * as Y from 'yjs'
import type { Logger } from '../log.js'
import type { DocStore } from '../store/types.js'
import { awarenessFrame, syncStep1Frame } from '../wire/frames.js'
import { CloseCode, contentRuleFor, type BoardState } from '@weave/shared'
import { assertSoundUpdate, isEmptyUpdate } from '../wire/update-guard.js'
import { MissingDependenciesError, RefusedUpdateError } from '../wire/closing-errors.js'
import { createBroadcaster } from './broadcaster.js'
import { createPolicyShadow } from './policy-shadow.js'
import { createRoomLife } from './room-life.js'
import { createStateCache } from './state-cache.js'
import { applyCapturing, changeCapturing, hasPending, startsBeyondState } from './replica.js'
import { createRoomPeers } from './room-peers.js'
import { anonymousWriters, quietAboutAnonymousNotes } from './anonymous-presence.js'
import { createRoomPresence } from './room-presence.js'
import { createRoomStorage } from './room-storage.js'
import type { RoomConnection, RoomFanout, RoomKey, ServerOrigin } from './types.js'

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
  /**
   * The whole document as one update, encoded once per version: the same object until it
   * changes (so what is derived from it can be cached by identity). Never to be modified.
   */
  fullState(): Uint8Array
  /** Makes a server-side change (one transaction), stored and relayed like any update. */
  change(change: (doc: Y.Doc) => void): void
  /** Closes every connection `shouldGo` picks, with a close code and reason. */
  closeWhere(shouldGo: (conn: RoomConnection) => boolean, code: number, reason: string): void
  /**
   * Applies whatever the store has that this copy lacks (other instances' writes the fan-out may
   * have missed) and relays it to local clients. Resolves at once when this process is alone.
   */
  catchUp(): Promise<void>
  /** Flushes, compacts if anything changed, and frees the document. */
  unload(): Promise<void>
  /**
   * The workshop was deleted: closes every connection with `code`, lets a store write already under
   * way finish, then frees the document without writing anything more.
   */
  discard(code: number, reason: string): Promise<void>
}

/** What a room needs. */
export interface RoomDeps {
  readonly store: DocStore
  readonly log: Logger
  readonly compactAfterUpdates: number
  /**
   * The board rules in force for this document's room (from the workshop's control document), or
   * null when none apply (control documents: only facilitators write them). A private draft is
   * judged by them too: it takes writes only while its room's private round is open. What a
   * document may hold (its content rule) is checked for every kind and every writer.
   */
  readonly boardState: (() => BoardState) | null
  /** The room is ready only once this has resolved too (the control room, for boards). */
  readonly loadAfter?: Promise<void>
  /** Called after a connection's update changed the document (control rooms watch the phase). */
  readonly onChanged?: (doc: Y.Doc) => void
  /** Other instances holding the same documents (cluster mode); absent when this one is alone. */
  readonly fanout?: RoomFanout
  /** Called after another instance's change reached the document (control rooms re-arm timers). */
  readonly onRemoteChange?: (doc: Y.Doc) => void
  /** Called when another instance says the workshop was deleted (control rooms). */
  readonly onDeletedElsewhere?: () => void
}

const REMOTE: ServerOrigin = { source: 'remote' }

/** Creates a room and starts loading its document from the store. */
export function createRoom(key: RoomKey, deps: RoomDeps): Room {
  const { store, log } = deps
  const connections = new Set<RoomConnection>()
  let doc = new Y.Doc()
  const stateCache = createStateCache()
  const life = createRoomLife()
  // A replica that checks participants' updates before they touch `doc`, built on first use.
  const shadow = createPolicyShadow(
    contentRuleFor(key.ref.kind),
    deps.boardState,
    key.ref.kind === 'draft',
  )

  const storage = createRoomStorage({
    docName: key.docName,
    store,
    log,
    compactAfterUpdates: deps.compactAfterUpdates,
    shared: deps.fanout !== undefined,
    live: () => (life.live ? doc : null),
    absorb: (update) => absorb(update, true),
  })
  // The Yjs client ids this instance wrote with (anonymous records among them): no connection's.
  // Not those of other instances or earlier loads: a client may forward their structs in good
  // faith (it saw them before this instance did), and refusing would cost it its own edits.
  const serverWriters = new Set<number>()
  const isServerWriter = (clientId: number) =>
    clientId === doc.clientID || serverWriters.has(clientId)
  const presence = createRoomPresence(
    (ids, local) => broadcaster.presenceChanged(ids, local),
    (conn, state) =>
      conn.principal.role === 'participant' ? quietAboutAnonymousNotes(state, doc) : state,
    (clientId) => isServerWriter(clientId) || anonymousWriters(doc).has(clientId),
  )
  const peers = deps.fanout
    ? createRoomPeers({
        docName: key.docName,
        fanout: deps.fanout,
        store,
        log,
        presence,
        applyDurable,
        loaded: () => room.ready,
        ...(deps.onDeletedElsewhere ? { onDeletedElsewhere: deps.onDeletedElsewhere } : {}),
      })
    : null
  const broadcaster = createBroadcaster({
    connections: () => connections,
    persist: (updates) => (life.mayPersist ? storage.append(updates) : Promise.resolve()),
    presenceFrame: (ids) => {
      const update = presence.encode(ids)
      return update ? awarenessFrame(update) : null
    },
    ownIds: (conn) => presence.idsOf(conn),
    onFlushError: (error) => {
      log.error('store append failed; closing room connections so clients resend', {
        doc: key.docName,
        error: String(error),
      })
      for (const conn of connections) conn.close(CloseCode.internalError, 'storage unavailable')
    },
    ...(peers ? { publish: { update: peers.publishUpdate, presence: peers.publishPresence } } : {}),
  })

  async function load(): Promise<void> {
    try {
      await deps.loadAfter
      if (peers) {
        // Subscribed before reading the store: whatever is published from here on reaches us.
        await peers.subscribed()
        peers.loadStarting()
      }
      await storage.load(doc)
    } catch (error) {
      // The manager forgets a room that failed to load: stop listening for it too.
      life.loadFailed()
      peers?.leave()
      throw error
    }
    for (const update of life.loaded() ?? []) applyDurable(update, false)
  }

  /** Applies another instance's update, unless the document is not ready for it (or gone). */
  function applyDurable(update: Uint8Array, fromStore: boolean): void {
    if (life.offerDurable(update)) absorb(update, fromStore)
  }

  /** Applies an already stored update and relays (never stores or publishes) what it changed. */
  function absorb(update: Uint8Array, fromStore: boolean): void {
    const effective: Uint8Array[] = []
    const capture = (change: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) effective.push(change)
    }
    doc.on('update', capture)
    try {
      Y.applyUpdate(doc, update, REMOTE)
    } catch (error) {
      log.error('a stored update failed to apply; rebuilding the room from the store', {
        doc: key.docName,
        error: String(error),
      })
      rebuild()
      return
    } finally {
      doc.off('update', capture)
    }
    for (const change of effective) {
      shadow.mirror(doc, change)
      broadcaster.queueRemoteUpdate(change)
    }
    if (effective.length > 0) deps.onRemoteChange?.(doc)
    // A message the fan-out dropped leaves a gap; the store has what fills it.
    if (!fromStore && hasPending(doc)) void peers?.catchUp().catch(() => {})
  }

  /** Throws away the in-memory document after a failed apply and reloads the durable state. */
  function rebuild(): void {
    life.startRebuild(async () => {
      await broadcaster.settled()
      const fresh = new Y.Doc()
      await storage.load(fresh)
      const held = life.rebuilt()
      if (!held) {
        fresh.destroy()
        return
      }
      const broken = doc
      doc = fresh
      broken.destroy()
      shadow.reset()
      for (const update of held.backlog) applyDurable(update, false)
      for (const { conn, update } of held.deferred) {
        if (!connections.has(conn)) continue
        try {
          room.applyUpdate(conn, update)
        } catch (error) {
          conn.close(CloseCode.badMessage, (error as Error).message.slice(0, 120))
        }
      }
    })
  }

  /** Frees the document; the lifecycle says beforehand whether anything may still be stored. */
  function free(): void {
    peers?.leave()
    presence.destroy()
    shadow.destroy()
    doc.destroy()
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
      // Nobody left to write: an empty room waiting to unload keeps one copy of the board, not two.
      if (connections.size === 0) shadow.reset()
    },
    applyUpdate(conn, update) {
      if (life.deferUpdate({ conn, update })) return
      const writers = assertSoundUpdate(update)
      for (const writer of writers) {
        // Structs under the server's client id would read as the server's (FAC-A1).
        if (isServerWriter(writer))
          throw new RefusedUpdateError("that Yjs client id is the server's")
      }
      // Every client answers the server's sync step 1, mostly with nothing: that must not cost
      // a rule check (which would copy the board into the policy replica).
      if (isEmptyUpdate(update)) return
      // A gap costs a replica rebuild if the shadow finds it; this catches the usual one cheaply.
      if (startsBeyondState(doc, update)) throw new MissingDependenciesError()
      shadow.check(doc, conn, update)
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
      conn.send(stateCache.joinFrame(doc, stateVector))
    },
    greet(conn) {
      conn.send(syncStep1Frame(doc))
      const states = presence.encode(undefined, conn)
      if (states) conn.send(awarenessFrame(states))
    },
    async settled() {
      await broadcaster.settled()
      const rebuilding = life.rebuild
      if (rebuilding) await rebuilding
    },
    isIdle() {
      return connections.size === 0 && broadcaster.isIdle() && life.rebuild === null
    },
    fullState() {
      return stateCache.fullState(doc)
    },
    read(reader) {
      return reader(doc)
    },
    closeWhere(shouldGo, code, reason) {
      for (const conn of [...connections]) if (shouldGo(conn)) conn.close(code, reason)
    },
    change(change) {
      serverWriters.add(doc.clientID)
      const origin: ServerOrigin = { source: 'server' }
      const effective = changeCapturing(doc, change, origin)
      for (const update of effective) {
        shadow.mirror(doc, update)
        broadcaster.queueUpdate(update, null)
      }
    },
    catchUp() {
      return peers ? peers.catchUp() : Promise.resolve()
    },
    async unload() {
      await room.settled()
      await storage.compactIfChanged()
      life.unload()
      free()
    },
    async discard(code, reason) {
      // A rebuild under way still finishes its read; after it, nothing of this room is applied.
      const rebuilding = life.rebuild
      life.discard()
      for (const conn of [...connections]) conn.close(code, reason)
      await broadcaster.settled()
      await rebuilding?.catch(() => {})
      free()
    },
  }
  return room
}
