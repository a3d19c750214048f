import path from 'node:path'
import { CloseCode } from '@weave/shared'
import { createAdmission } from './admission/admit.js'
import { createRecentRooms } from './admission/recent-rooms.js'
import { sealOldAnonymousNotes } from './anonymity/seal-old-notes.js'
import { createAuthorSeals } from './auth/author-seals.js'
import { createConnectTickets } from './auth/connect-tickets.js'
import { withRevocation } from './auth/revocation.js'
import { loadOrCreateSecret } from './auth/secret.js'
import { createTokenService } from './auth/tokens.js'
import { systemClock, type Clock } from './clock.js'
import { createRedisFanout, type RedisFanout } from './cluster/redis-fanout.js'
import { warnAboutClusterSetup } from './cluster/setup-warnings.js'
import { createSharedRecentRooms } from './cluster/shared-recent-rooms.js'
import type { Config } from './config.js'
import { createServices } from './create-services.js'
import { apiRoutes } from './http/api-routes.js'
import { createHttpServer, listen, stopListening } from './http/http-server.js'
import type { Route } from './http/router.js'
import { createLogger, type Logger } from './log.js'
import { createRoomManager } from './rooms/room-manager.js'
import { createSqliteStore } from './store/sqlite-store.js'
import type { Store } from './store/types.js'
import { createSyncEndpoint, SYNC_PATH_PREFIX } from './sync/sync-endpoint.js'

/** A running (or ready to run) Weave server. */
export interface WeaveServer {
  /** Starts listening; resolves with the bound port (useful with port 0). */
  listen(): Promise<number>
  /** Stops accepting, closes connections (1001), flushes and compacts rooms, closes the store. */
  close(): Promise<void>
  readonly store: Store
  /** Live counts, for health checks and tests. */
  stats(): { connections: number; loadedRooms: number }
  /** Runs one retention pass now (a timer runs it hourly); resolves with the deleted workshops. */
  sweepRetention(): Promise<string[]>
  /** The API's routes (method and path pattern; `/healthz` aside), for checks over all of them. */
  readonly routes: ReadonlyArray<Pick<Route, 'method' | 'pattern'>>
}

/** Optional replacements for the default dependencies (tests inject a clock or a store). */
export interface ServerOverrides {
  readonly clock?: Clock
  readonly store?: Store
  readonly log?: Logger
  /** The fan-out between instances (by default Redis when `redisUrl` is set; none otherwise). */
  readonly fanout?: RedisFanout
}

/** Builds a Weave server from its configuration: a pipeline of small modules, no global state. */
export function createWeaveServer(config: Config, overrides: ServerOverrides = {}): WeaveServer {
  const clock = overrides.clock ?? systemClock
  const log = overrides.log ?? createLogger(config.logLevel)
  const store =
    overrides.store ??
    createSqliteStore({
      file: path.join(config.dataDir, 'weave.sqlite'),
      synchronous: config.sqliteSynchronous,
    })
  const fanout =
    overrides.fanout ??
    (config.redisUrl
      ? createRedisFanout({ url: config.redisUrl, prefix: config.redisPrefix, log })
      : undefined)
  if (fanout) warnAboutClusterSetup(config, log)
  const secret = loadOrCreateSecret(config.secret, config.dataDir)
  const tokens = createTokenService(secret, clock)
  const seals = createAuthorSeals(secret)
  const rooms = createRoomManager({
    store,
    log,
    idleUnloadMs: config.roomIdleUnloadMs,
    compactAfterUpdates: config.compactAfterUpdates,
    ...(fanout ? { fanout } : {}),
    onBoardLoaded: (room, workshopId) =>
      room.change((doc) => sealOldAnonymousNotes(doc, seals, workshopId)),
  })
  const tickets = createConnectTickets({
    store,
    clock,
    ttlMs: config.connectTicketTtlSeconds * 1000,
  })
  const admission = createAdmission({
    store,
    rooms,
    recentRooms: fanout ? createSharedRecentRooms(fanout, clock) : createRecentRooms(clock),
  })
  const sync = createSyncEndpoint({
    tokens,
    tickets,
    admission,
    rooms,
    log,
    maxPayloadBytes: config.maxPayloadBytes,
    heartbeatMs: config.heartbeatMs,
    clock,
    messagesPerSecond: config.messagesPerSecond,
    messageBurst: config.messageBurst,
    maxBufferedBytes: config.maxBufferedBytes,
  })
  const services = createServices({
    config,
    clock,
    log,
    store,
    fanout,
    tokens,
    seals,
    rooms,
    tickets,
    closeParticipant: (participantId) => sync.closeParticipant(participantId),
  })
  fanout?.onRemoval((participantId) => sync.closeParticipant(participantId))
  const routes = apiRoutes(services)
  const server = createHttpServer({
    routes,
    // Every API call checks that the caller was not removed and that their workshop still exists
    // (admission checks sockets itself).
    tokens: withRevocation(tokens, store),
    allowedOrigins: config.allowedOrigins,
    bodyTimeoutMs: config.bodyTimeoutMs,
    staticDir: config.staticDir,
    upgrades: {
      pathPrefix: SYNC_PATH_PREFIX,
      handleUpgrade: (req, socket, head) => sync.handleUpgrade(req, socket, head),
    },
    log,
  })

  return {
    store,
    listen: () => listen(server, config.port, config.host),
    async close() {
      services.rounds.close()
      services.sorting.stop()
      await services.retention.close()
      sync.closeAll(CloseCode.goingAway, 'server shutting down')
      await stopListening(server)
      await rooms.closeAll()
      await fanout?.close()
      await store.close()
    },
    stats() {
      return { connections: sync.connectionCount, loadedRooms: rooms.loadedCount }
    },
    sweepRetention: () => services.retention.sweep(),
    routes,
  }
}
