import crypto from 'node:crypto'
import {
  createNote,
  deleteNote,
  notesMap,
  parseDocName,
  readNotes,
  type Author,
  type Note,
} from '@weave/shared'
import type { AuthorSeals } from '../auth/author-seals.js'
import type { RoomManager } from '../rooms/room-manager.js'
import { withRoom } from '../rooms/with-room.js'
import type { ParticipantRecord, Store } from '../store/types.js'

interface RevealInput {
  readonly rooms: RoomManager
  readonly store: Store
  readonly seals: AuthorSeals
  readonly workshopId: string
  /** The round being revealed: its drafts' notes get board ids derived from it. */
  readonly roundId: string
  readonly roomId: string
  readonly boardDoc: string
  /** Remove authors' names and ids before the notes reach anyone. */
  readonly anonymise: boolean
  /** The reveal's time: anonymous notes carry it instead of when they were written. */
  readonly now: number
}

/** A draft note as it goes onto the board. */
interface Revealed {
  readonly note: Note
  readonly id: string
  readonly author: Author
  readonly createdAt: number
}

/**
 * Moves every private note of a room's drafts onto its board (FAC-P4), stamped with the author the
 * server knows, or anonymously (FAC-P5): for an anonymised reveal, a note posted anonymously, or
 * an anonymous participant. Every note gets a board id of its own (PRO-8), derived from the round,
 * its draft and its draft id: two authors' drafts may hold the same id, and a draft id may be one
 * already on the board (a crafted note aiming at someone else's, REL-27), yet each note arrives.
 * An anonymous note also gets no author id or name, a sealed link to its author, the reveal time,
 * and a place among the lane's other anonymous notes chosen at random, so where and when its
 * author wrote it tells nothing. The board copy is stored before the draft copy goes, so a crash
 * in between duplicates nothing and loses nothing: a retried reveal derives the same ids and
 * skips those already on the board. Returns how many notes arrived on the board.
 */
export async function revealDrafts(input: RevealInput): Promise<number> {
  const prefix = `${input.workshopId}.draft.${input.roomId}.`
  const draftNames = await input.store.listDocNames(prefix)
  let revealed = 0
  await withRoom(input.rooms, input.boardDoc, async (board) => {
    const drafts: { draftName: string; notes: Note[] }[] = []
    const pending: Revealed[] = []
    for (const draftName of draftNames) {
      const ref = parseDocName(draftName)
      if (ref?.kind !== 'draft') continue
      const person = await input.store.getParticipant(ref.participantId)
      const notes = await withRoom(input.rooms, draftName, (draft) => draft.read(readNotes))
      if (notes.length === 0) continue
      drafts.push({ draftName, notes })
      for (const note of notes) {
        const id = input.seals.revealedId(input.workshopId, {
          roundId: input.roundId,
          draftName,
          noteId: note.id,
        })
        pending.push(revealedOf(input, ref.participantId, person, note, id))
      }
    }
    // Written in a random order: the structs' clocks and the map's key order follow creation,
    // and drafts come author by author.
    const fresh = shuffled(
      board.read((doc) => pending.filter((item) => !notesMap(doc).has(item.id))),
    )
    const places = shuffledPlaces(fresh)
    board.change((doc) => {
      for (const item of fresh) {
        const { laneId, x, y, width, height, text, color, roundId } = item.note
        const place = places.get(item) ?? { x, y }
        createNote(
          doc,
          { id: item.id, laneId, ...place, width, height, text, color, roundId },
          item.author,
          item.createdAt,
        )
      }
    })
    await board.settled()
    for (const { draftName, notes } of drafts) {
      await withRoom(input.rooms, draftName, async (draft) => {
        draft.change((doc) => {
          for (const note of notes) deleteNote(doc, note.id)
        })
        await draft.settled()
      })
    }
    revealed = fresh.length
  })
  return revealed
}

function revealedOf(
  input: RevealInput,
  participantId: string,
  person: ParticipantRecord | null,
  note: Note,
  id: string,
): Revealed {
  const sector = person?.sector ?? null
  const anonymous = input.anonymise || note.authorName === null || !person?.displayName
  if (!anonymous) {
    const author = { id: participantId, name: person.displayName, sector }
    return { note, id, author, createdAt: note.createdAt }
  }
  return {
    note,
    id,
    author: {
      id: null,
      name: null,
      sector,
      seal: input.seals.seal(input.workshopId, participantId),
    },
    createdAt: input.now,
  }
}

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** The anonymous notes' places, permuted at random within each lane. */
function shuffledPlaces(items: readonly Revealed[]): Map<Revealed, { x: number; y: number }> {
  const byLane = new Map<string, Revealed[]>()
  for (const item of items) {
    if (item.author.id !== null) continue
    const lane = byLane.get(item.note.laneId) ?? []
    lane.push(item)
    byLane.set(item.note.laneId, lane)
  }
  const places = new Map<Revealed, { x: number; y: number }>()
  for (const lane of byLane.values()) {
    const spots = shuffled(lane.map(({ note }) => ({ x: note.x, y: note.y })))
    lane.forEach((item, index) => places.set(item, spots[index]!))
  }
  return places
}
