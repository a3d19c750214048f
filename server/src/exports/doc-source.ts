import * as Y from 'yjs'
import type { RoomManager } from '../rooms/room-manager.js'
import { withSettledRoom } from '../rooms/with-room.js'
import type { Store } from '../store/types.js'

/** Reads a document's current state into a fresh Y.Doc the caller owns (and destroys). */
export type DocSource = (docName: string) => Promise<Y.Doc>

/**
 * Reads from the store alone: what the CLI uses, with or without a server running. Everything a
 * client ever saw is in the store, since updates are durable before they are relayed.
 */
export function storeDocSource(store: Store): DocSource {
  return async (docName) => {
    const doc = new Y.Doc()
    const { updates } = await store.loadDoc(docName)
    Y.transact(doc, () => updates.forEach((update) => Y.applyUpdate(doc, update)))
    return doc
  }
}

/** Reads through the server's rooms, so an export includes the last turn's writes too. */
export function liveDocSource(rooms: RoomManager): DocSource {
  return (docName) =>
    withSettledRoom(rooms, docName, (room) => {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, room.fullState())
      return doc
    })
}
