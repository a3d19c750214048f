import { readRound, type Round } from '@weave/shared'
import { enforceAssignments } from '../breakouts/enforce-assignments.js'
import type { Clock } from '../clock.js'
import type { RoundService } from '../facilitation/round-service.js'
import type { Logger } from '../log.js'
import type { RoomManager } from '../rooms/room-manager.js'
import type { SnapshotService } from '../snapshots/snapshot-service.js'
import type { RetentionStore, WorkshopStore } from '../store/types.js'

/** Captures every room of an ended round, so analysis can go back to it (the round service's `onRoundEnded`). */
export function snapshotEndedRound(deps: {
  readonly store: WorkshopStore
  readonly snapshots: SnapshotService
}): (workshopId: string, round: Round) => Promise<void> {
  const { store, snapshots } = deps
  return async (workshopId, round) => {
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
  }
}

/** What following the workshops' lifecycle needs. */
export interface WorkshopLifecycleDeps {
  readonly rooms: RoomManager
  readonly store: WorkshopStore & RetentionStore
  readonly snapshots: SnapshotService
  readonly rounds: Pick<RoundService, 'follow'>
  readonly clock: Clock
  readonly log: Logger
  /**
   * Other instances change control documents too (cluster mode): room assignments are then
   * enforced here on every change, not only by this instance's breakout service.
   */
  readonly clustered: boolean
}

/**
 * Derives from each workshop's control document what happens as it moves on: round timers and room
 * assignments follow the document, whoever changed it; closing the workshop records when (for
 * retention) and captures every open room, the final state analysis starts from.
 */
export function followWorkshopLifecycle(deps: WorkshopLifecycleDeps): void {
  const { rooms, store, snapshots, rounds, clock, log } = deps
  rooms.onControlChanged((workshopId, doc) => {
    rounds.follow(workshopId, readRound(doc))
    if (deps.clustered) enforceAssignments(rooms, workshopId)
  })
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
}
