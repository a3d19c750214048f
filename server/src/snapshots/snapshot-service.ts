import * as Y from 'yjs'
import {
  newId,
  readNotes,
  readThreads,
  roomDocName,
  controlDocName,
  writeRoomEntry,
  type RoomInfo,
  type SnapshotBoard,
  type SnapshotInfo,
} from '@weave/shared'
import type { Clock } from '../clock.js'
import type { RoomManager } from '../rooms/room-manager.js'
import { withRoom, withSettledRoom } from '../rooms/with-room.js'
import type { SnapshotRecord, Store } from '../store/types.js'
import { ServiceError } from '../service-error.js'

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
  /** Restores a snapshot as a new room (the live room is never overwritten). */
  restore(workshopId: string, snapshotId: string): Promise<RoomInfo>
}

const info = ({
  state: _state,
  workshopId: _workshop,
  ...rest
}: SnapshotRecord | (Omit<SnapshotRecord, 'state'> & { state?: unknown })): SnapshotInfo => rest

/** Loads a snapshot of this workshop, or fails with 404. */
async function findSnapshot(
  store: Store,
  workshopId: string,
  snapshotId: string,
): Promise<SnapshotRecord> {
  const record = await store.getSnapshot(snapshotId)
  if (!record || record.workshopId !== workshopId) {
    throw new ServiceError(404, 'unknown_snapshot', 'There is no such snapshot in this workshop.')
  }
  return record
}

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
  const snapshotOf = (workshopId: string, snapshotId: string) =>
    findSnapshot(store, workshopId, snapshotId)
  return {
    async take({ workshopId, roomId, name, reason, roundId = null, takenBy = null }) {
      if (!(await store.getRoom(workshopId, roomId))) {
        throw new ServiceError(404, 'unknown_room', 'There is no such room in this workshop.')
      }
      // The live document is garbage-collected: deleted text is not in the captured state.
      const state = await withSettledRoom(rooms, roomDocName(workshopId, roomId), (room) =>
        room.fullState(),
      )
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

    async restore(workshopId, snapshotId) {
      const record = await snapshotOf(workshopId, snapshotId)
      const existing = await store.listRooms(workshopId)
      const room = {
        id: newId(),
        workshopId,
        name: `${record.name} (restored)`.slice(0, 60),
        position: Math.max(0, ...existing.map((r) => r.position)) + 1,
        createdAt: clock.now(),
        closed: false,
      }
      await store.addRooms([room])
      const docName = roomDocName(workshopId, room.id)
      await store.appendUpdates(docName, [record.state])
      await withRoom(rooms, controlDocName(workshopId), (control) =>
        control.change((doc) =>
          writeRoomEntry(doc, {
            id: room.id,
            name: room.name,
            position: room.position,
            closed: false,
          }),
        ),
      )
      return { roomId: room.id, name: room.name, docName }
    },

    async open(workshopId, snapshotId) {
      const record = await snapshotOf(workshopId, snapshotId)
      const doc = new Y.Doc()
      Y.applyUpdate(doc, record.state)
      const board = { snapshot: info(record), notes: readNotes(doc), threads: readThreads(doc) }
      doc.destroy()
      return board
    },
  }
}
