import { parseDocName } from '@weave/shared'
import type { Room } from './room.js'
import type { RoomManager } from './room-manager.js'

/**
 * Runs `use` with a loaded document (loading it if nobody has it open), holding it meanwhile so it
 * is not unloaded under `use`, and releases it after: server-side reads and changes go through
 * the same room as everyone's edits. Resolves only once
 * the changes `use` made are stored (and, in a cluster, published): whoever acts on the answer,
 * on any instance, finds them in the store.
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
    const result = await use(room)
    await room.settled()
    return result
  } finally {
    rooms.release(room)
  }
}

/**
 * Like withRoom, but `use` sees the document only once what is in memory is durable: what a
 * joining socket would receive (its sync step 1 is answered only then too).
 */
export function withSettledRoom<T>(
  rooms: RoomManager,
  docName: string,
  use: (room: Room) => Promise<T> | T,
): Promise<T> {
  return withRoom(rooms, docName, async (room) => {
    await room.settled()
    return use(room)
  })
}
