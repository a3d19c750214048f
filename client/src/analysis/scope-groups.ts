import type { RoomInfo, SnapshotInfo } from '@weave/shared'
import { newestFirst } from './scope'

/** A room with its snapshots (newest first), as the scope picker groups them. */
export interface ScopeGroup {
  readonly roomId: string
  readonly roomName: string | null
  /** Whether the room is still there to look at live. */
  readonly live: boolean
  readonly snapshots: readonly SnapshotInfo[]
}

/** The workshop's rooms in order, each with its snapshots; rooms known only by snapshots last. */
export function scopeGroups(
  rooms: readonly RoomInfo[],
  snapshots: readonly SnapshotInfo[],
): ScopeGroup[] {
  const sorted = newestFirst(snapshots)
  const of = (roomId: string) => sorted.filter((snapshot) => snapshot.roomId === roomId)
  const known = new Set(rooms.map((room) => room.roomId))
  const gone = [...new Set(sorted.map((s) => s.roomId))].filter((id) => !known.has(id))
  return [
    ...rooms.map((room) => ({
      roomId: room.roomId,
      roomName: room.name,
      live: true,
      snapshots: of(room.roomId),
    })),
    ...gone.map((roomId) => ({ roomId, roomName: null, live: false, snapshots: of(roomId) })),
  ]
}
