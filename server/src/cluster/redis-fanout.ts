import crypto from 'node:crypto'
import { Redis, type RedisOptions } from 'ioredis'
import type { Logger } from '../log.js'
import type { PeerListener, PeerMessageBody, RoomFanout, RoomLink } from '../rooms/types.js'
import { watchLiveness } from './liveness.js'
import { decodePeerMessage, encodePeerMessage } from './wire.js'

/** Reconnect backoff: this much more per failed attempt... */
const RECONNECT_STEP_MS = 100
/** ...up to this, so a Redis that comes back is found within a second. */
const RECONNECT_MAX_MS = 1000
/** How long shutdown waits for Redis to acknowledge the last messages. */
const QUIT_TIMEOUT_MS = 1000

/** Options of the Redis fan-out. */
export interface RedisFanoutOptions {
  /** `redis://[user:password@]host:port[/db]` (or `rediss://` for TLS). */
  readonly url: string
  /** Channel names start with `<prefix>:`, so several deployments can share one Redis. */
  readonly prefix: string
  readonly log: Logger
  /** This instance's id (random by default). */
  readonly instanceId?: string
}

/** The fan-out between instances over Redis pub/sub: one channel per document. */
export interface RedisFanout extends RoomFanout {
  /** Remembers `key` for every instance, for `ttlMs` (best effort: not while Redis is away). */
  remember(key: string, ttlMs: number): void
  /** True when some instance remembered `key` and it has not expired (false if Redis is away). */
  recalls(key: string): Promise<boolean>
  /**
   * Publishes on a document's channel without holding the document (e.g. `deleted` on a control
   * document's channel, which every instance holding any of the workshop's rooms listens to).
   */
  announce(docName: string, body: PeerMessageBody): void
  /**
   * Tells the other instances that a participant was removed, so they close that participant's
   * connections (best effort: the store, checked on every connect, is what keeps them out).
   */
  announceRemoval(participantId: string): void
  /** Calls `handler` with each participant another instance announces as removed. */
  onRemoval(handler: (participantId: string) => void): void
  /** Publishes the rooms' last messages, then closes both connections. */
  close(): Promise<void>
}

/**
 * Creates the fan-out and starts connecting (in the background: a server starts, and serves its
 * own clients, while Redis is away). Two connections: one subscribes, one publishes.
 *
 * Nothing relayed is ever lost to a Redis outage, because every published update is stored first:
 * - a subscription that (re)starts calls the room's `onSubscribed`, which reloads the document
 *   from the store (a catch-up) and so gets whatever was published while it was not listening;
 * - an update that could not be published marks its channel; once the publisher is back it sends
 *   a `resync` there, and every instance holding the room catches up from the store.
 */
export function createRedisFanout(options: RedisFanoutOptions): RedisFanout {
  const { log, prefix } = options
  const instanceId = options.instanceId ?? crypto.randomBytes(6).toString('hex')
  const connection: RedisOptions = {
    retryStrategy: (attempt) => Math.min(attempt * RECONNECT_STEP_MS, RECONNECT_MAX_MS),
    // Fail at once when disconnected: a queued publish would arrive late and the catch-up that
    // follows the reconnection makes good for it anyway.
    enableOfflineQueue: false,
    // Subscriptions are renewed here (on 'ready'), so each renewal can trigger a catch-up.
    autoResubscribe: false,
  }
  const pub = new Redis(options.url, { ...connection, connectionName: `weave-pub-${instanceId}` })
  const sub = new Redis(options.url, { ...connection, connectionName: `weave-sub-${instanceId}` })
  const listeners = new Map<string, PeerListener>()
  // One channel for the whole deployment, outside the per-document wire format.
  const removalsChannel = `${prefix}:removals`
  const removalHandlers: Array<(participantId: string) => void> = []
  // Channels with an update that may not have gone out: they owe the others a resync.
  const owed = new Set<string>()
  const down = { pub: false, sub: false }

  for (const [name, client] of [
    ['pub', pub],
    ['sub', sub],
  ] as const) {
    // Each failed reconnect emits an error: say it once per outage, not once a second.
    client.on('error', (error: Error) => {
      if (down[name]) return
      down[name] = true
      log.warn('redis connection lost; rooms go on locally and catch up when it is back', {
        connection: name,
        error: error.message,
      })
    })
    client.on('ready', () => {
      if (down[name]) log.info('redis connection back', { connection: name })
      down[name] = false
    })
  }

  sub.on('messageBuffer', (channel: Buffer, message: Buffer) => {
    if (channel.toString() === removalsChannel) {
      const [from, participantId] = message.toString().split('\n')
      if (from === instanceId || !participantId) return
      for (const handler of removalHandlers) handler(participantId)
      return
    }
    const listener = listeners.get(channel.toString())
    if (!listener) return
    let decoded
    try {
      decoded = decodePeerMessage(
        new Uint8Array(message.buffer, message.byteOffset, message.length),
      )
    } catch (error) {
      log.warn('ignoring a malformed peer message', { error: String(error) })
      return
    }
    if (decoded && decoded.from !== instanceId) listener.onMessage(decoded)
  })

  function subscribe(channels: string[]): void {
    if (channels.length === 0 || sub.status !== 'ready') return
    const wanted = channels.map((channel) => [channel, listeners.get(channel)] as const)
    sub.subscribe(...channels).then(
      () => {
        for (const [channel, listener] of wanted)
          if (listener && listeners.get(channel) === listener) listener.onSubscribed()
      },
      // The connection went away meanwhile: its next 'ready' subscribes again.
      (error: unknown) => log.debug('subscribe failed', { error: String(error) }),
    )
  }
  sub.on('ready', () => subscribe([removalsChannel, ...listeners.keys()]))

  function send(channel: string, body: PeerMessageBody): void {
    // Presence is refreshed by clients anyway; only a lost update (or resync) must be made good.
    const mustArrive = body.kind === 'update' || body.kind === 'resync'
    pub.publish(channel, Buffer.from(encodePeerMessage(instanceId, body))).catch(() => {
      if (mustArrive) owed.add(channel)
    })
  }
  pub.on('ready', () => {
    const channels = [...owed]
    owed.clear()
    for (const channel of channels) send(channel, { kind: 'resync' })
  })

  const stopWatching = [
    watchLiveness(pub, () => log.warn('redis publisher stopped answering; reconnecting')),
    watchLiveness(sub, () => log.warn('redis subscriber stopped answering; reconnecting')),
  ]

  return {
    instanceId,
    get connected() {
      return pub.status === 'ready' && sub.status === 'ready'
    },
    remember(key, ttlMs) {
      pub.set(`${prefix}:${key}`, '1', 'PX', ttlMs).catch(() => {})
    },
    async recalls(key) {
      return pub.exists(`${prefix}:${key}`).then(
        (count) => count > 0,
        () => false,
      )
    },
    announce(docName, body) {
      send(`${prefix}:doc:${docName}`, body)
    },
    announceRemoval(participantId) {
      pub.publish(removalsChannel, `${instanceId}\n${participantId}`).catch((error: unknown) => {
        log.warn('could not announce a removal; other instances refuse them on reconnect only', {
          error: String(error),
        })
      })
    },
    onRemoval(handler) {
      removalHandlers.push(handler)
    },
    join(docName, listener): RoomLink {
      const channel = `${prefix}:doc:${docName}`
      listeners.set(channel, listener)
      subscribe([channel])
      return {
        publish: (body) => send(channel, body),
        leave() {
          // A newer room for the same document may have joined meanwhile: it keeps the channel.
          if (listeners.get(channel) !== listener) return
          send(channel, { kind: 'leave' })
          listeners.delete(channel)
          if (sub.status === 'ready') sub.unsubscribe(channel).catch(() => {})
        },
      }
    },
    async close() {
      for (const stop of stopWatching) stop()
      listeners.clear()
      // QUIT goes after the messages already written, so peers get the rooms' last words.
      const quit = Promise.allSettled([pub.quit(), sub.quit()])
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, QUIT_TIMEOUT_MS)
        timer.unref()
        void quit.then(() => {
          clearTimeout(timer)
          resolve()
        })
      })
      pub.disconnect()
      sub.disconnect()
    },
  }
}
