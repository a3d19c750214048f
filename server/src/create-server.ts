import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { controlDocName, parseDocName, readLanes, readRound } from '@weave/shared'
import { createAuthorSeals } from './auth/author-seals.js'
import { loadOrCreateSecret } from './auth/secret.js'
import { createAnonymousWrites } from './anonymity/anonymous-writes.js'
import { sealOldAnonymousNotes } from './anonymity/seal-old-notes.js'
import { anonymousRoutes } from './http/anonymous-routes.js'
import { createConnectTickets } from './auth/connect-tickets.js'
import { withRevocation } from './auth/revocation.js'
import { createTokenService } from './auth/tokens.js'
import { systemClock, type Clock } from './clock.js'
import type { Config } from './config.js'
import { facilitationRoutes } from './http/facilitation-routes.js'
import { accessRoutes } from './http/access-routes.js'
import { createOriginPolicy } from './http/origins.js'
import { createRouter, type Route } from './http/router.js'
import { workshopRoutes } from './http/workshop-routes.js'
import { createRoundService } from './facilitation/round-service.js'
import { createVoteService } from './facilitation/vote-service.js'
import { createModerationService } from './facilitation/moderation-service.js'
import { createRemovalService } from './facilitation/removal-service.js'
import { createBreakoutService } from './breakouts/breakout-service.js'
import { enforceAssignments } from './breakouts/enforce-assignments.js'
import { harvest } from './breakouts/harvest.js'
import { breakoutRoutes } from './http/breakout-routes.js'
import { snapshotRoutes } from './http/snapshot-routes.js'
import { createSnapshotService } from './snapshots/snapshot-service.js'
import { exportRoutes, importRoute } from './http/export-routes.js'
import { createCodebookService } from './exports/codebook-service.js'
import { liveDocSource } from './exports/doc-source.js'
import { createExportService } from './exports/export-service.js'
import { importWorkshop } from './exports/import-service.js'
import { sendError } from './http/respond.js'
import { createStaticHandler } from './http/static-files.js'
import { createLogger, type Logger } from './log.js'
import { createRedisFanout, type RedisFanout } from './cluster/redis-fanout.js'
import { createSharedRecentRooms } from './cluster/shared-recent-rooms.js'
import { createRoomManager } from './rooms/room-manager.js'
import { createSqliteStore } from './store/sqlite-store.js'
import type { Store } from './store/types.js'
import { createSyncEndpoint, SYNC_PATH_PREFIX } from './sync/sync-endpoint.js'
import { createWorkshopService } from './workshops/workshop-service.js'
import { createWorkshopDeletion } from './workshops/workshop-deletion.js'
import { createRetentionSweep } from './workshops/retention-sweep.js'
import { createBoardStart } from './workshops/board-start.js'
import { deletionRoutes } from './http/deletion-routes.js'

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
  if (fanout && config.databaseUrl === null)
    log.warn(
      'WEAVE_REDIS_URL with the SQLite store: only instances on this machine sharing this data directory share rooms; set WEAVE_DATABASE_URL for several machines',
    )
  if (fanout && config.secret === null)
    log.warn(
      'several instances without WEAVE_SECRET: they must share this data directory (secret.key), or a token from one instance is refused by the others',
    )
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
  const breakouts = createBreakoutService({
    rooms,
    store,
    clock,
    enforce: (workshopId) => enforceAssignments(rooms, workshopId),
  })
  const workshops = createWorkshopService({
    onJoined: (principal) => breakouts.placeLateJoiner(principal),
    store,
    tokens,
    clock,
    config,
    readLanes: async (workshopId) => {
      const docName = controlDocName(workshopId)
      const ref = parseDocName(docName)
      if (!ref) return []
      const room = rooms.acquire({ docName, ref })
      await room.ready
      const lanes = room.read(readLanes)
      rooms.release(room)
      return lanes
    },
  })
  const tickets = createConnectTickets({
    store,
    clock,
    ttlMs: config.connectTicketTtlSeconds * 1000,
  })
  const sync = createSyncEndpoint({
    tokens,
    tickets,
    store,
    rooms,
    log,
    maxPayloadBytes: config.maxPayloadBytes,
    heartbeatMs: config.heartbeatMs,
    clock,
    messagesPerSecond: config.messagesPerSecond,
    messageBurst: config.messageBurst,
    maxBufferedBytes: config.maxBufferedBytes,
    ...(fanout ? { recentRooms: createSharedRecentRooms(fanout, clock) } : {}),
  })
  const snapshots = createSnapshotService({ rooms, store, clock })
  const rounds = createRoundService({
    rooms,
    store,
    clock,
    log,
    seals,
    // Every room of an ended round is captured, so analysis can go back to it.
    onRoundEnded: async (workshopId, round) => {
      const roomIds = round.roomIds ?? (await store.listRooms(workshopId)).map((room) => room.id)
      const label = round.title || round.prompt.slice(0, 60)
      for (const roomId of roomIds) {
        const suffix = round.revealedAt === null ? 'end of round' : 'revealed'
        await snapshots.take({
          workshopId,
          roomId,
          name: `${label} (${suffix})`,
          reason: 'round-end',
          roundId: round.id,
        })
      }
    },
  })
  // Round timers and room assignments follow the control document, whoever changed it.
  rooms.onControlChanged((workshopId, doc) => {
    rounds.follow(workshopId, readRound(doc))
    if (fanout) enforceAssignments(rooms, workshopId)
  })
  // Closing the workshop captures every open room, the final state analysis starts from.
  rooms.onWorkshopClosed((workshopId) => {
    // Retention counts from here (a reopened workshop is kept: the sweep checks the phase).
    store
      .setWorkshopClosedAt(workshopId, clock.now())
      .catch((error: unknown) =>
        log.error('recording the closing time failed', { workshopId, error: String(error) }),
      )
    void (async () => {
      for (const room of await store.listRooms(workshopId)) {
        if (room.closed) continue
        await snapshots.take({
          workshopId,
          roomId: room.id,
          name: 'Workshop closed',
          reason: 'closed',
        })
      }
    })().catch((error: unknown) =>
      log.error('closing snapshots failed', { workshopId, error: String(error) }),
    )
  })
  const votes = createVoteService({ rooms, store, clock })
  const moderation = createModerationService({ rooms, store, clock })
  const anonymous = createAnonymousWrites({ rooms, store, seals, clock })
  const deletion = createWorkshopDeletion({
    store,
    rooms,
    log,
    stopRoundTimer: (workshopId) => rounds.follow(workshopId, null),
    ...(fanout ? { announce: (docName, body) => fanout.announce(docName, body) } : {}),
  })
  const retention = createRetentionSweep({
    store,
    rooms,
    deletion,
    clock,
    log,
    retentionDays: config.retentionDays,
  })
  const removal = createRemovalService({
    store,
    clock,
    closeLocal: (participantId) => sync.closeParticipant(participantId),
    ...(fanout
      ? { announce: (participantId: string) => fanout.announceRemoval(participantId) }
      : {}),
  })
  fanout?.onRemoval((participantId) => sync.closeParticipant(participantId))
  const exports = createExportService({ store, clock, readDoc: liveDocSource(rooms) })
  const codebook = createCodebookService({ store, clock })
  const routes: readonly Route[] = [
    importRoute((body) =>
      importWorkshop(
        { store, tokens, clock, facilitatorTokenTtlSeconds: config.facilitatorTokenTtlSeconds },
        body,
      ),
    ),
    ...workshopRoutes(workshops, clock),
    ...deletionRoutes(deletion),
    ...facilitationRoutes(rounds, votes, moderation),
    ...anonymousRoutes(anonymous),
    ...snapshotRoutes(snapshots),
    ...exportRoutes(exports, codebook),
    ...breakoutRoutes(breakouts, (workshopId, request) =>
      harvest(rooms, store, workshopId, request),
    ),
    ...accessRoutes(tickets, removal, createBoardStart({ store, rooms, tickets })),
  ]
  // Every API call checks that the caller was not removed (the sync endpoint checks itself).
  const handleApi = createRouter(routes, { tokens: withRevocation(tokens, store), log })
  const origins = createOriginPolicy(config.allowedOrigins)
  const handleStatic = createStaticHandler(config.staticDir)

  const server = http.createServer((req, res) => {
    if (origins.applyCors(req, res)) return
    handleApi(req, res)
      .then((handled) => {
        if (handled) return
        if (req.method === 'GET' || req.method === 'HEAD') return handleStatic(req, res)
        sendError(res, 405, 'method_not_allowed', `${req.method ?? '?'} is not allowed here.`)
      })
      .catch((error: unknown) => {
        log.error('request failed', { url: req.url, error: String(error) })
        if (!res.headersSent)
          sendError(res, 500, 'internal_error', 'Something went wrong on the server.')
      })
  })
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
    else socket.destroy()
  })
  server.on('upgrade', (req, socket, head) => {
    if (!(req.url ?? '').startsWith(SYNC_PATH_PREFIX)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
      return
    }
    // A page of another site must not open a socket with the visitor's credentials.
    if (!origins.allows(req)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n')
      return
    }
    sync.handleUpgrade(req, socket, head)
  })

  return {
    store,
    listen() {
      return new Promise((resolve, reject) => {
        server.once('error', reject)
        server.listen(config.port, config.host, () => {
          server.off('error', reject)
          resolve((server.address() as AddressInfo).port)
        })
      })
    },
    async close() {
      rounds.close()
      await retention.close()
      sync.closeAll(1001, 'server shutting down')
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await rooms.closeAll()
      await fanout?.close()
      await store.close()
    },
    stats() {
      return { connections: sync.connectionCount, loadedRooms: rooms.loadedCount }
    },
    sweepRetention() {
      return retention.sweep()
    },
    routes,
  }
}
