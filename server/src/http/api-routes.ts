import type { AnonymousWrites } from '../anonymity/anonymous-writes.js'
import type { ConnectTickets } from '../auth/connect-tickets.js'
import type { BreakoutService } from '../breakouts/breakout-service.js'
import type { Clock } from '../clock.js'
import type { CodebookService } from '../exports/codebook-service.js'
import type { ExportService } from '../exports/export-service.js'
import type { ModerationService } from '../facilitation/moderation-service.js'
import type { RemovalService } from '../facilitation/removal-service.js'
import type { RoundService } from '../facilitation/round-service.js'
import type { SortingService } from '../facilitation/sorting-service.js'
import type { VoteService } from '../facilitation/vote-service.js'
import type { SnapshotService } from '../snapshots/snapshot-service.js'
import type { BoardStartService } from '../workshops/board-start.js'
import type { WorkshopDeletion } from '../workshops/workshop-deletion.js'
import type { WorkshopService } from '../workshops/workshop-service.js'
import { accessRoutes } from './access-routes.js'
import { anonymousRoutes } from './anonymous-routes.js'
import { breakoutRoutes } from './breakout-routes.js'
import { deletionRoutes } from './deletion-routes.js'
import { exportRoutes, importRoute } from './export-routes.js'
import { facilitationRoutes } from './facilitation-routes.js'
import type { Route } from './router.js'
import { snapshotRoutes } from './snapshot-routes.js'
import { workshopRoutes } from './workshop-routes.js'

/** The services the API exposes. */
export interface ApiServices {
  readonly clock: Clock
  readonly importWorkshop: Parameters<typeof importRoute>[0]
  readonly workshops: WorkshopService
  readonly deletion: WorkshopDeletion
  readonly rounds: RoundService
  readonly votes: VoteService
  readonly sorting: SortingService
  readonly moderation: ModerationService
  readonly anonymous: AnonymousWrites
  readonly snapshots: SnapshotService
  readonly exports: ExportService
  readonly codebook: CodebookService
  readonly breakouts: BreakoutService
  readonly harvest: Parameters<typeof breakoutRoutes>[1]
  readonly tickets: ConnectTickets
  readonly removal: RemovalService
  readonly boardStart: BoardStartService
}

/** Every route of the API (`/healthz` aside, which the router answers itself). */
export function apiRoutes(s: ApiServices): Route[] {
  return [
    importRoute(s.importWorkshop),
    ...workshopRoutes(s.workshops, s.clock),
    ...deletionRoutes(s.deletion),
    ...facilitationRoutes(s.rounds, s.votes, s.moderation, s.sorting),
    ...anonymousRoutes(s.anonymous),
    ...snapshotRoutes(s.snapshots),
    ...exportRoutes(s.exports, s.codebook),
    ...breakoutRoutes(s.breakouts, s.harvest),
    ...accessRoutes(s.tickets, s.removal, s.boardStart),
  ]
}
