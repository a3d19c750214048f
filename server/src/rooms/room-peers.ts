import type { Logger } from '../log.js'
import type { DocStore } from '../store/types.js'
import type { RoomPresence } from './room-presence.js'
import type { PeerMessage, RoomFanout, RoomLink } from './types.js'

/**
 * How long a loading room waits for its channel subscription before it loads anyway (Redis may be
 * away); the subscription, when it comes, triggers a catch-up, so nothing is missed either way.
 */
export const SUBSCRIBE_WAIT_MS = 2000

/** What a room's line to the other instances needs from the room. */
export interface RoomPeersDeps {
  readonly docName: string
  readonly fanout: RoomFanout
  readonly store: DocStore
  readonly log: Logger
  readonly presence: RoomPresence
  /** Applies an update another instance already stored; `fromStore` = read back by a catch-up. */
  applyDurable(update: Uint8Array, fromStore: boolean): void
  /** Resolves once the room's first load is done (catch-ups wait for it). */
  loaded(): Promise<void>
  /** Another instance deleted the workshop (heard on control documents' channels). */
  onDeletedElsewhere?(): void
}

/**
 * A room's side of the cluster: publishes what this instance made durable, applies what others
 * did, and catches up from the store whenever the fan-out may have dropped something.
 */
export interface RoomPeers {
  /** Resolves when the room's channel is subscribed, or after SUBSCRIBE_WAIT_MS. */
  subscribed(): Promise<void>
  /** The first load starts now: a subscription confirmed after this means a catch-up. */
  loadStarting(): void
  /** Loads the stored document and applies it (idempotent); runs again if asked meanwhile. */
  catchUp(): Promise<void>
  publishUpdate(update: Uint8Array): void
  publishPresence(clientIds: number[]): void
  /** Tells the others to drop our presence here and stops listening. */
  leave(): void
}

/** Joins the room's channel at once, so nothing published from now on is missed. */
export function createRoomPeers(deps: RoomPeersDeps): RoomPeers {
  const { presence, log } = deps
  let loadStarted = false
  let resolveFirst = () => {}
  const firstSubscription = new Promise<void>((resolve) => (resolveFirst = resolve))
  let running: Promise<void> | null = null
  let again = false

  function publishPresence(clientIds: readonly number[]): void {
    const payload = presence.encode(clientIds)
    if (payload) link.publish({ kind: 'awareness', payload })
  }

  function catchUp(): Promise<void> {
    if (running) {
      // The pass under way may have read the store before the reason for this one.
      again = true
      return running
    }
    running = (async () => {
      await deps.loaded()
      do {
        again = false
        const stored = await deps.store.loadDoc(deps.docName)
        for (const update of stored.updates) deps.applyDurable(update, true)
      } while (again)
    })().finally(() => (running = null))
    return running
  }

  function catchUpInBackground(reason: string): void {
    catchUp().catch((error: unknown) =>
      log.error('catch-up from the store failed', {
        doc: deps.docName,
        reason,
        error: String(error),
      }),
    )
  }

  function receive(message: PeerMessage): void {
    switch (message.kind) {
      case 'update':
        return deps.applyDurable(message.update, false)
      case 'awareness':
        return presence.receiveRemote(message.from, message.payload)
      case 'query':
        return publishPresence(presence.localIds())
      case 'leave':
        return presence.dropInstance(message.from)
      case 'resync':
        return catchUpInBackground('resync')
      case 'deleted':
        return deps.onDeletedElsewhere?.()
    }
  }

  const link: RoomLink = deps.fanout.join(deps.docName, {
    onMessage(message) {
      try {
        receive(message)
      } catch (error) {
        log.warn('ignoring a peer message that failed', {
          doc: deps.docName,
          kind: message.kind,
          error: String(error),
        })
      }
    },
    onSubscribed() {
      link.publish({ kind: 'query' })
      publishPresence(presence.localIds())
      // Before the first load, that load will see everything stored so far.
      if (!loadStarted) resolveFirst()
      else catchUpInBackground('subscribed')
    },
  })

  return {
    subscribed() {
      // Redis away: load now; the subscription, once Redis is back, brings a catch-up.
      if (!deps.fanout.connected) return Promise.resolve()
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, SUBSCRIBE_WAIT_MS)
        timer.unref()
        void firstSubscription.then(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    },
    loadStarting() {
      loadStarted = true
    },
    catchUp,
    publishUpdate(update) {
      link.publish({ kind: 'update', update })
    },
    publishPresence,
    leave() {
      link.leave()
    },
  }
}
