import { controlDocName, readLanes } from '@weave/shared'
import { createAnonymousWrites } from './anonymity/anonymous-writes.js'
import type { AuthorSeals } from './auth/author-seals.js'
import type { ConnectTickets } from './auth/connect-tickets.js'
import type { TokenService } from './auth/tokens.js'
import { createBreakoutService } from './breakouts/breakout-service.js'
import { enforceAssignments } from './breakouts/enforce-assignments.js'
import { harvest } from './breakouts/harvest.js'
import type { Clock } from './clock.js'
import type { RedisFanout } from './cluster/redis-fanout.js'
import type { Config } from './config.js'
import { createCodebookService } from './exports/codebook-service.js'
import { liveDocSource } from './exports/doc-source.js'
import { createExportService } from './exports/export-service.js'
import { importWorkshop } from './exports/import-service.js'
import { createModerationService } from './facilitation/moderation-service.js'
import { createRemovalService } from './facilitation/removal-service.js'
import { createRoundService } from './facilitation/round-service.js'
import { createSortingService } from './facilitation/sorting-service.js'
import { createVoteService } from './facilitation/vote-service.js'
import type { ApiServices } from './http/api-routes.js'
import { followWorkshopLifecycle, snapshotEndedRound } from './lifecycle/workshop-lifecycle.js'
import type { Logger } from './log.js'
import type { RoomManager } from './rooms/room-manager.js'
import { withRoom } from './rooms/with-room.js'
import { createSnapshotService } from './snapshots/snapshot-service.js'
import type { Store } from './store/types.js'
import { createBoardStart } from './workshops/board-start.js'
import { createRetentionSweep, type RetentionSweep } from './workshops/retention-sweep.js'
import { createWorkshopDeletion } from './workshops/workshop-deletion.js'
import { createWorkshopService } from './workshops/workshop-service.js'

/** What the domain services are built on. */
export interface ServicesDeps {
  readonly config: Config
  readonly clock: Clock
  readonly log: Logger
  readonly store: Store
  readonly fanout: RedisFanout | undefined
  readonly tokens: TokenService
  readonly seals: AuthorSeals
  readonly rooms: RoomManager
  readonly tickets: ConnectTickets
  /** Closes a removed participant's connections on this instance (the sync endpoint). */
  readonly closeParticipant: (participantId: string) => number
}

/** The services the API exposes, and the retention sweep that runs beside them. */
export interface Services extends ApiServices {
  readonly retention: RetentionSweep
}

/** Builds the domain services over the rooms and the store, and follows the workshops' lifecycle. */
export function createServices(deps: ServicesDeps): Services {
  const { config, clock, log, store, fanout, tokens, seals, rooms, tickets } = deps
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
    readLanes: (workshopId) =>
      withRoom(rooms, controlDocName(workshopId), (control) => control.read(readLanes)),
  })
  const snapshots = createSnapshotService({ rooms, store, clock })
  const rounds = createRoundService({
    rooms,
    store,
    clock,
    log,
    seals,
    onRoundEnded: snapshotEndedRound({ store, snapshots }),
  })
  followWorkshopLifecycle({ rooms, store, snapshots, rounds, clock, log, clustered: !!fanout })
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
    closeLocal: deps.closeParticipant,
    ...(fanout
      ? { announce: (participantId: string) => fanout.announceRemoval(participantId) }
      : {}),
  })
  return {
    importWorkshop: (body) =>
      importWorkshop(
        { store, tokens, clock, facilitatorTokenTtlSeconds: config.facilitatorTokenTtlSeconds },
        body,
      ),
    workshops,
    clock,
    deletion,
    rounds,
    votes: createVoteService({ rooms, store, clock }),
    sorting: createSortingService({ rooms, store, clock, log }),
    moderation: createModerationService({ rooms, store, clock }),
    anonymous: createAnonymousWrites({ rooms, store, seals, clock }),
    snapshots,
    exports: createExportService({ store, clock, readDoc: liveDocSource(rooms) }),
    codebook: createCodebookService({ store, clock }),
    breakouts,
    harvest: (workshopId, request) => harvest(rooms, store, workshopId, request),
    tickets,
    removal,
    boardStart: createBoardStart({ store, rooms, tickets }),
    retention,
  }
}
