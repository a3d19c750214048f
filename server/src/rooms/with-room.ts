import { parseDocName } from '@weave/shared'
import type { Room } from './room.js'
import type { RoomManager } from './room-manager.js'

/**
 * Runs `use` with a loaded document (loading it if nobody has it open) and releases it after, so
 * server-side reads and changes go through the same room as everyone's edits.
 */
export async function withRoom<T>(
  rooms: RoomManager,
  docName: string,
  use: (room: Room) => Promise<T> | T,
): Promise<T> {
  const ref = parseDocName(docName)
  if (!ref) throw new Error(`not a document name: ${docName}`)
  const room = rooms.acquire({ docName, ref })
  try {
    await room.ready
    return await use(room)
  } finally {
    rooms.release(room)
  }
}
