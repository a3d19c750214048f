import {
  createNote,
  deleteNote,
  notesMap,
  parseDocName,
  readNotes,
  type Author,
} from '@weave/shared'
import type { RoomManager } from '../rooms/room-manager.js'
import { withRoom } from '../rooms/with-room.js'
import type { Store } from '../store/types.js'

interface RevealInput {
  readonly rooms: RoomManager
  readonly store: Store
  readonly workshopId: string
  readonly roomId: string
  readonly boardDoc: string
  /** Remove authors' names and ids before the notes reach anyone. */
  readonly anonymise: boolean
}

/**
 * Moves every private note of a room's drafts onto its board, stamped with the author the server
 * knows (or with no author when anonymised), then deletes it from the draft. The board copy is
 * stored before the draft copy goes, so a crash in between duplicates nothing and loses nothing
 * (same note id). A note whose id is already on the board is not copied: it was revealed before
 * that crash, or it is a crafted draft note aiming at someone else's. Returns how many notes were
 * revealed.
 */
export async function revealDrafts(input: RevealInput): Promise<number> {
  const prefix = `${input.workshopId}.draft.${input.roomId}.`
  const draftNames = await input.store.listDocNames(prefix)
  let revealed = 0
  await withRoom(input.rooms, input.boardDoc, async (board) => {
    for (const draftName of draftNames) {
      const ref = parseDocName(draftName)
      if (ref?.kind !== 'draft') continue
      const person = await input.store.getParticipant(ref.participantId)
      await withRoom(input.rooms, draftName, async (draft) => {
        const notes = draft.read(readNotes)
        if (notes.length === 0) return
        const fresh = board.read((doc) => notes.filter((note) => !notesMap(doc).has(note.id)))
        board.change((doc) => {
          for (const note of fresh) {
            const author: Author = input.anonymise
              ? { id: null, name: null, sector: person?.sector ?? null }
              : {
                  id: ref.participantId,
                  // A note posted anonymously stays anonymous.
                  name: note.authorName === null ? null : (person?.displayName ?? null),
                  sector: person?.sector ?? null,
                }
            const { id, laneId, x, y, width, height, text, color, roundId, createdAt } = note
            createNote(
              doc,
              { id, laneId, x, y, width, height, text, color, roundId },
              author,
              createdAt,
            )
          }
        })
        await board.settled()
        draft.change((doc) => {
          for (const note of notes) deleteNote(doc, note.id)
        })
        await draft.settled()
        revealed += fresh.length
      })
    }
  })
  return revealed
}
