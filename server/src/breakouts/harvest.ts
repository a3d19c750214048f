import {
  controlDocName,
  createNote,
  createThread,
  LANE_HEADER_HEIGHT,
  newId,
  readNotes,
  readThreads,
  readVote,
  roomDocName,
  type HarvestRequest,
  type HarvestResponse,
  type Note,
  type Thread,
} from '@weave/shared'
import type { RoomManager } from '../rooms/room-manager.js'
import { withRoom } from '../rooms/with-room.js'
import type { RoomRecord, Store } from '../store/types.js'
import { ServiceError } from '../service-error.js'

/** Vertical space between harvested notes, and before each room's group, in canvas units. */
const NOTE_GAP = 16
const ROOM_GAP = 48

interface Picked {
  readonly room: RoomRecord
  readonly notes: Note[]
  readonly threads: Thread[]
}

function pick(
  room: RoomRecord,
  notes: Note[],
  threads: Thread[],
  request: HarvestRequest,
  votes: Record<string, number> | null,
): Picked {
  let chosen: Note[]
  if (request.mode === 'all') chosen = notes
  else if (request.mode === 'selected') {
    const wanted = new Set(request.notes.filter((n) => n.roomId === room.id).map((n) => n.noteId))
    chosen = notes.filter((note) => wanted.has(note.id))
  } else {
    chosen = notes
      .filter((note) => (votes?.[note.id] ?? 0) > 0)
      .sort((a, b) => (votes?.[b.id] ?? 0) - (votes?.[a.id] ?? 0))
      .slice(0, request.perRoom)
  }
  const ids = new Set(chosen.map((note) => note.id))
  return { room, notes: chosen, threads: threads.filter((t) => ids.has(t.from) && ids.has(t.to)) }
}

/**
 * Copies notes (and the threads between them) from the breakout rooms into the main room: each
 * keeps its lane, author, round and text, and records where it came from; copies are laid out by
 * room, below what each lane already holds. The originals stay where they are.
 */
export async function harvest(
  rooms: RoomManager,
  store: Store,
  workshopId: string,
  request: HarvestRequest,
): Promise<HarvestResponse> {
  const all = await store.listRooms(workshopId)
  const main = all.find((room) => room.position === 0)
  if (!main) throw new ServiceError(409, 'no_main_room', 'This workshop has no main room.')
  const votes = await withRoom(rooms, controlDocName(workshopId), (control) =>
    control.read(readVote),
  )
  if (request.mode === 'top' && !votes?.results) {
    throw new ServiceError(409, 'no_vote_results', 'Close a vote first: "top" uses its results.')
  }
  const picked: Picked[] = []
  for (const room of all.filter((r) => r.position > 0)) {
    const [notes, threads] = await withRoom(rooms, roomDocName(workshopId, room.id), (board) =>
      board.read((doc) => [readNotes(doc), readThreads(doc)] as const),
    )
    picked.push(pick(room, notes, threads, request, votes?.results ?? null))
  }
  let copiedNotes = 0
  let copiedThreads = 0
  await withRoom(rooms, roomDocName(workshopId, main.id), async (board) => {
    board.change((doc) => {
      const cursor = new Map<string, number>()
      for (const note of readNotes(doc)) {
        cursor.set(note.laneId, Math.max(cursor.get(note.laneId) ?? 0, note.y + note.height))
      }
      const copyOf = new Map<string, string>()
      for (const { room, notes, threads } of picked) {
        const lanesUsed = new Set<string>()
        for (const note of notes) {
          const start = cursor.get(note.laneId) ?? LANE_HEADER_HEIGHT
          const y = start + (lanesUsed.has(note.laneId) ? NOTE_GAP : ROOM_GAP)
          lanesUsed.add(note.laneId)
          const id = newId()
          copyOf.set(`${room.id}/${note.id}`, id)
          createNote(
            doc,
            {
              id,
              laneId: note.laneId,
              x: 20,
              y,
              width: note.width,
              height: note.height,
              text: note.text,
              color: note.color,
              roundId: note.roundId,
              origin: { roomId: room.id, noteId: note.id },
            },
            {
              id: note.authorId,
              name: note.authorName,
              sector: note.authorSector,
              seal: note.authorSeal ?? null,
            },
            note.createdAt,
          )
          cursor.set(note.laneId, y + note.height)
          copiedNotes++
        }
        for (const thread of threads) {
          const from = copyOf.get(`${room.id}/${thread.from}`)
          const to = copyOf.get(`${room.id}/${thread.to}`)
          if (!from || !to) continue
          const made = createThread(
            doc,
            { from, to, label: thread.label, kind: thread.kind },
            { id: thread.authorId, name: null, sector: null, seal: thread.authorSeal ?? null },
          )
          if (made) copiedThreads++
        }
      }
    })
    await board.settled()
  })
  return { notes: copiedNotes, threads: copiedThreads }
}
