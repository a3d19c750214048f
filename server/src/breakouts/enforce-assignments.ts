import { CloseCode, controlDocName, mayEnterRoom } from '@weave/shared'
import type { RoomManager } from '../rooms/room-manager.js'

/**
 * Closes (4412) the connections of participants who no longer belong in the room they are in,
 * after breakouts open or close, someone is moved, or a room closes. Their client then opens the
 * room the control document gives them. Facilitators and observers go where they like.
 */
export function enforceAssignments(rooms: RoomManager, workshopId: string): void {
  const control = rooms.peek(controlDocName(workshopId))
  if (!control) return
  for (const room of rooms.loaded()) {
    const ref = room.ref
    if (ref.workshopId !== workshopId || ref.kind === 'control') continue
    room.closeWhere(
      (conn) =>
        conn.principal.role === 'participant' &&
        !control.read((doc) => mayEnterRoom(doc, conn.principal.participantId, ref.roomId)),
      CloseCode.moved,
      'your room changed',
    )
  }
}
