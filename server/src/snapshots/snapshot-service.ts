import * as Y from 'yjs'
import {
  newId,
  readNotes,
  readThreads,
  roomDocName,
  type SnapshotBoard,
  type SnapshotInfo,
} from '@weave/shared'
import type { Clock } from '../clock.js'
import type { RoomManager } from '../rooms/room-manager.js'
import { withRoom } from '../rooms/with-room.js'
import type { SnapshotRecord, Store } from '../store/types.js'
import { ServiceError } from '../workshops/workshop-service.js'

/** Snapshots: immutable captures of a room's board, taken by hand or automatically. */
export interface SnapshotService {
  take(input: {
    workshopId: string
    roomId: string
    name: string
    reason: SnapshotRecord['reason']
    roundId?: string | null
    takenBy?: string | null
  }): Promise<SnapshotInfo>
  list(workshopId: string): Promise<SnapshotInfo[]>
  open(workshopId: string, snapshotId: string): Promise<SnapshotBoard>
}

const info = ({
  state: _state,
  workshopId: _workshop,
  ...rest
}: SnapshotRecord | (Omit<SnapshotRecord, 'state'> & { state?: unknown })): SnapshotInfo => rest

/** Creates the snapshot service. */
export function createSnapshotService({
  rooms,
  store,
  clock,
}: {
  rooms: RoomManager
  store: Store
  clock: Clock
}): SnapshotService {
  return {
    async take({ workshopId, roomId, name, reason, roundId = null, takenBy = null }) {
      if (!(await store.getRoom(workshopId, roomId))) {
        throw new ServiceError(404, 'unknown_room', 'There is no such room in this workshop.')
      }
      // The live document is garbage-collected: deleted text is not in the captured state.
      const state = await withRoom(rooms, roomDocName(workshopId, roomId), async (room) => {
        await room.settled()
        return room.read((doc) => Y.encodeStateAsUpdate(doc))
      })
      const record: SnapshotRecord = {
        id: newId(),
        workshopId,
        roomId,
        name,
        reason,
        roundId,
        takenBy,
        takenAt: clock.now(),
        state,
      }
      await store.saveSnapshot(record)
      return info(record)
    },

    async list(workshopId) {
      return (await store.listSnapshots(workshopId)).map(info)
    },

    async open(workshopId, snapshotId) {
      const record = await store.getSnapshot(snapshotId)
      if (!record || record.workshopId !== workshopId) {
        throw new ServiceError(
          404,
          'unknown_snapshot',
          'There is no such snapshot in this workshop.',
        )
      }
      const doc = new Y.Doc()
      Y.applyUpdate(doc, record.state)
      const board = { snapshot: info(record), notes: readNotes(doc), threads: readThreads(doc) }
      doc.destroy()
      return board
    },
  }
}
