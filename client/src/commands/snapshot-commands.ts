import type { RoomInfo, SnapshotInfo } from '@weave/shared'
import * as api from '../api/analysis-api'
import type { BoardSession } from '../session/board-session'
import { laterStrings } from '../i18n/strings-later'
import { runAction } from './api-errors'

/** Takes a named snapshot of the room this page has open, and says so. */
export async function takeSnapshot(
  session: BoardSession,
  name: string,
): Promise<SnapshotInfo | null> {
  const snapshot = await runAction(session, () =>
    api.takeSnapshot(session.workshopId, session.token, session.roomId, name),
  )
  if (snapshot) session.view.notice.set(laterStrings.analysis.snapshots.taken(snapshot.name))
  return snapshot
}

/** Restores a snapshot as a new room (the snapshot itself stays as it was), and says so. */
export async function restoreSnapshot(
  session: BoardSession,
  snapshot: SnapshotInfo,
): Promise<RoomInfo | null> {
  const room = await runAction(session, () =>
    api.restoreSnapshot(session.workshopId, session.token, snapshot.id),
  )
  if (room) session.view.notice.set(laterStrings.analysis.snapshots.restored(room.name))
  return room
}
