import {
  controlDocName,
  readSorting,
  writeSorting,
  type OpenSortingRequest,
  type SortingResponse,
} from '@weave/shared'
import type { Clock } from '../clock.js'
import type { Logger } from '../log.js'
import type { RoomManager } from '../rooms/room-manager.js'
import { withRoom } from '../rooms/with-room.js'
import type { Store } from '../store/types.js'
import { ServiceError } from '../service-error.js'

/**
 * Sorting (FAC-S4): the facilitator opens it for some rooms or all, for a time or until closed;
 * the server writes it in the control document, where the board rules read it.
 */
export interface SortingService {
  open(workshopId: string, request: OpenSortingRequest): Promise<SortingResponse>
  close(workshopId: string): Promise<SortingResponse>
  /** Stops the end-of-sorting timers (on shutdown). */
  stop(): void
}

interface Deps {
  readonly rooms: RoomManager
  readonly store: Store
  readonly clock: Clock
  readonly log: Logger
}

/** Creates the sorting service. */
export function createSortingService({ rooms, store, clock, log }: Deps): SortingService {
  // The rules stop honouring sorting at `until` by themselves; the timer also clears the root so
  // every client sees it closed.
  const timers = new Map<string, NodeJS.Timeout>()

  function disarm(workshopId: string): void {
    clearTimeout(timers.get(workshopId))
    timers.delete(workshopId)
  }

  const change = (workshopId: string, write: (doc: Parameters<typeof writeSorting>[0]) => void) =>
    withRoom(rooms, controlDocName(workshopId), async (room) => {
      await room.catchUp()
      room.change(write)
      return { sorting: room.read(readSorting) }
    })

  function arm(workshopId: string, openedAt: number, until: number): void {
    const timer = setTimeout(
      () => {
        timers.delete(workshopId)
        void change(workshopId, (doc) => {
          // Reopened meanwhile: that sorting keeps its own time.
          if (readSorting(doc)?.openedAt === openedAt) writeSorting(doc, null)
        }).catch((error: unknown) =>
          log.error('closing sorting failed', { workshopId, error: String(error) }),
        )
      },
      Math.max(0, until - clock.now()),
    )
    timer.unref()
    timers.set(workshopId, timer)
  }

  async function validRoomIds(workshopId: string, roomIds: readonly string[] | null | undefined) {
    if (!roomIds) return null
    const known = new Set((await store.listRooms(workshopId)).map((room) => room.id))
    const unknown = roomIds.filter((id) => !known.has(id))
    if (unknown.length > 0) {
      throw new ServiceError(400, 'unknown_room', `No such room: ${unknown.join(', ')}.`)
    }
    return [...new Set(roomIds)]
  }

  return {
    async open(workshopId, request) {
      const roomIds = await validRoomIds(workshopId, request.roomIds)
      const openedAt = clock.now()
      const until = request.minutes ? openedAt + Math.round(request.minutes * 60_000) : null
      disarm(workshopId)
      const opened = await change(workshopId, (doc) =>
        writeSorting(doc, { roomIds, until, openedAt }),
      )
      if (until !== null) arm(workshopId, openedAt, until)
      return opened
    },
    async close(workshopId) {
      disarm(workshopId)
      return change(workshopId, (doc) => writeSorting(doc, null))
    },
    stop() {
      for (const workshopId of [...timers.keys()]) disarm(workshopId)
    },
  }
}
