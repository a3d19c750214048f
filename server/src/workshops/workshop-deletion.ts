import { CloseCode, confirmsWorkshop, controlDocName, readWorkshopTitle } from '@weave/shared'
import type { Logger } from '../log.js'
import type { RoomManager } from '../rooms/room-manager.js'
import { withRoom } from '../rooms/with-room.js'
import type { PeerMessageBody } from '../rooms/types.js'
import type { Store } from '../store/types.js'
import { ServiceError } from '../service-error.js'

/** Why a workshop is deleted (logged). */
export type DeletionCause = 'facilitator' | 'retention'

/**
 * Deleting a workshop and everything of it: the one path both the facilitator's request and the
 * retention sweep take.
 */
export interface WorkshopDeletion {
  /**
   * Checks the confirmation (the title, as created or as renamed since, or the id), then deletes;
   * 404 unknown, 400 mismatch.
   */
  deleteConfirmed(workshopId: string, confirm: string): Promise<void>
  /**
   * Tells the other instances, closes this instance's connections (4411) and drops its rooms
   * without writing back, then deletes every stored row. Idempotent; true when the workshop existed.
   */
  delete(workshopId: string, cause: DeletionCause): Promise<boolean>
  /** Drops what this instance holds of a workshop another instance deleted. */
  forgetLocally(workshopId: string): Promise<void>
}

/** What deletion needs. */
export interface WorkshopDeletionDeps {
  readonly store: Store
  readonly rooms: RoomManager
  readonly log: Logger
  /** Clears the workshop's round timer (so it does not fire into a deleted workshop). */
  readonly stopRoundTimer: (workshopId: string) => void
  /** The other instances (cluster mode): told on the control document's channel. */
  readonly announce?: (docName: string, body: PeerMessageBody) => void
}

/** Creates the deletion service; it also follows deletions made through other instances. */
export function createWorkshopDeletion(deps: WorkshopDeletionDeps): WorkshopDeletion {
  const { store, rooms, log } = deps

  async function forgetLocally(workshopId: string): Promise<void> {
    deps.stopRoundTimer(workshopId)
    await rooms.discardWorkshop(workshopId, CloseCode.workshopDeleted, 'workshop deleted')
  }

  rooms.onDeletedElsewhere((workshopId) => {
    forgetLocally(workshopId).catch((error: unknown) =>
      log.error('dropping a deleted workshop failed', { workshopId, error: String(error) }),
    )
  })

  const deletion: WorkshopDeletion = {
    async deleteConfirmed(workshopId, confirm) {
      const workshop = await store.getWorkshop(workshopId)
      if (!workshop)
        throw new ServiceError(404, 'unknown_workshop', 'There is no workshop at this link.')
      const liveTitle = await withRoom(rooms, controlDocName(workshopId), (control) =>
        control.read(readWorkshopTitle),
      )
      const named = [workshop.title, liveTitle].some((title) =>
        confirmsWorkshop(confirm, { id: workshopId, title }),
      )
      if (!named) {
        throw new ServiceError(
          400,
          'confirmation_mismatch',
          'Type the workshop title exactly to confirm the deletion.',
        )
      }
      await deletion.delete(workshopId, 'facilitator')
    },
    async delete(workshopId, cause) {
      // Others first, so they stop writing as early as possible.
      deps.announce?.(controlDocName(workshopId), { kind: 'deleted' })
      await forgetLocally(workshopId)
      const existed = await store.deleteWorkshop(workshopId)
      // A connection admitted while the rows were still there may have loaded a room meanwhile.
      await forgetLocally(workshopId)
      if (existed) log.info('workshop deleted', { workshopId, cause })
      return existed
    },
    forgetLocally,
  }
  return deletion
}
