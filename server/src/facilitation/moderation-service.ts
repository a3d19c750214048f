import {
  createNote,
  deleteNote,
  noteSchema,
  readNote,
  roomDocName,
  type HiddenNote,
  type Principal,
} from '@weave/shared'
import type { Clock } from '../clock.js'
import type { RoomManager } from '../rooms/room-manager.js'
import { withRoom } from '../rooms/with-room.js'
import type { HiddenNoteRecord, Store } from '../store/types.js'
import { ServiceError } from '../service-error.js'

/**
 * Moderation: a facilitator hides a note (it leaves the board for everyone, with its threads, and
 * is kept aside on the server) and may restore it later.
 */
export interface ModerationService {
  hide(facilitator: Principal, roomId: string, noteId: string): Promise<HiddenNote>
  list(workshopId: string): Promise<HiddenNote[]>
  restore(workshopId: string, roomId: string, noteId: string): Promise<HiddenNote>
}

function asHidden(record: HiddenNoteRecord): HiddenNote {
  return {
    roomId: record.roomId,
    hiddenAt: record.hiddenAt,
    note: noteSchema.parse(JSON.parse(record.noteJson)),
  }
}

/** Creates the moderation service. */
export function createModerationService({
  rooms,
  store,
  clock,
}: {
  rooms: RoomManager
  store: Store
  clock: Clock
}): ModerationService {
  async function assertRoom(workshopId: string, roomId: string): Promise<void> {
    if (!(await store.getRoom(workshopId, roomId))) {
      throw new ServiceError(404, 'unknown_room', 'There is no such room in this workshop.')
    }
  }

  return {
    async hide(facilitator, roomId, noteId) {
      await assertRoom(facilitator.workshopId, roomId)
      return withRoom(rooms, roomDocName(facilitator.workshopId, roomId), async (board) => {
        const note = board.read((doc) => readNote(doc, noteId))
        if (!note)
          throw new ServiceError(404, 'unknown_note', 'That note is not on the board (any more).')
        const record: HiddenNoteRecord = {
          workshopId: facilitator.workshopId,
          roomId,
          noteId,
          noteJson: JSON.stringify(note),
          hiddenBy: facilitator.participantId,
          hiddenAt: clock.now(),
        }
        // Kept aside first, then removed: a crash in between loses nothing.
        await store.hideNote(record)
        board.change((doc) => deleteNote(doc, noteId))
        await board.settled()
        return asHidden(record)
      })
    },

    async list(workshopId) {
      return (await store.listHiddenNotes(workshopId)).map(asHidden)
    },

    async restore(workshopId, roomId, noteId) {
      await assertRoom(workshopId, roomId)
      const record = await store.takeHiddenNote(workshopId, roomId, noteId)
      if (!record) throw new ServiceError(404, 'unknown_note', 'That note is not hidden.')
      const hidden = asHidden(record)
      await withRoom(rooms, roomDocName(workshopId, roomId), async (board) => {
        const { note } = hidden
        board.change((doc) =>
          createNote(
            doc,
            {
              id: note.id,
              laneId: note.laneId,
              x: note.x,
              y: note.y,
              width: note.width,
              height: note.height,
              text: note.text,
              color: note.color,
              roundId: note.roundId,
            },
            {
              id: note.authorId,
              name: note.authorName,
              sector: note.authorSector,
              seal: note.authorSeal ?? null,
            },
            note.createdAt,
          ),
        )
        await board.settled()
      })
      return hidden
    },
  }
}
