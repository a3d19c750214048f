import * as Y from 'yjs'
import * as z from 'zod/mini'
import { controlMap } from '../board-doc.js'
import { CommandOrigin } from '../origins.js'
import { readMapAs, writeMap } from './read.js'

/** A room of the workshop as everyone sees it (the server mirrors its rooms table here). */
export const roomEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  /** 0 for the main room, 1.. for breakout rooms. */
  position: z.int().check(z.nonnegative()),
  closed: z.boolean(),
})
/** A room of the workshop. */
export type RoomEntry = z.infer<typeof roomEntrySchema>

/** Breakout state: whether people are in their rooms, and how freely they may move. */
export const breakoutSchema = z.object({
  status: z.enum(['closed', 'open']),
  /** While open, participants may visit any room (not only their own). */
  freeMovement: z.boolean(),
  /** A short message from the facilitators shown in every room (e.g. "2 minutes left"). */
  message: z.nullable(z.object({ text: z.string().check(z.maxLength(280)), at: z.number() })),
})
/** Breakout state. */
export type Breakout = z.infer<typeof breakoutSchema>

const CLOSED: Breakout = { status: 'closed', freeMovement: false, message: null }

/** The workshop's rooms in order (main room first); closed rooms included. */
export function readRooms(doc: Y.Doc): RoomEntry[] {
  const rooms: RoomEntry[] = []
  controlMap(doc, 'rooms').forEach((value, id) => {
    if (!(value instanceof Y.Map)) return
    const room = readMapAs(value as Y.Map<unknown>, roomEntrySchema)
    if (room && room.id === id) rooms.push(room)
  })
  return rooms.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1))
}

/** The breakout state (closed when unset). */
export function readBreakout(doc: Y.Doc): Breakout {
  const parsed = breakoutSchema.safeParse({
    ...CLOSED,
    ...Object.fromEntries(controlMap(doc, 'breakout').entries()),
  })
  return parsed.success ? parsed.data : CLOSED
}

/** Who is assigned to which breakout room: participantId → roomId. */
export function readAssignments(doc: Y.Doc): Map<string, string> {
  const assignments = new Map<string, string>()
  controlMap(doc, 'assignments').forEach((roomId, participantId) => {
    if (typeof roomId === 'string') assignments.set(participantId, roomId)
  })
  return assignments
}

/** The main room among `rooms`: the open one at position 0, else the first open one. */
export function mainRoomOf(rooms: readonly RoomEntry[]): RoomEntry | null {
  const open = rooms.filter((room) => !room.closed)
  return open.find((room) => room.position === 0) ?? open[0] ?? null
}

/**
 * The room a participant belongs in now: their breakout room while breakouts are open (if it is
 * still open), otherwise the main room. Null when the workshop has no rooms yet.
 */
export function roomForParticipant(doc: Y.Doc, participantId: string): string | null {
  const rooms = readRooms(doc).filter((room) => !room.closed)
  const main = mainRoomOf(rooms)
  if (readBreakout(doc).status !== 'open') return main?.id ?? null
  const assigned = readAssignments(doc).get(participantId)
  return rooms.some((room) => room.id === assigned) ? (assigned ?? null) : (main?.id ?? null)
}

/** True when a participant may open `roomId` now (their own room, or any room with free movement). */
export function mayEnterRoom(doc: Y.Doc, participantId: string, roomId: string): boolean {
  const rooms = readRooms(doc)
  // A control document that lists no rooms predates breakouts: nothing restricts anyone.
  if (rooms.length === 0) return true
  const room = rooms.find((entry) => entry.id === roomId)
  if (!room || room.closed) return false
  const breakout = readBreakout(doc)
  if (breakout.status === 'open' && breakout.freeMovement) return true
  return roomForParticipant(doc, participantId) === roomId
}

/** Writes a room entry (the server calls this when rooms are created, renamed or closed). */
export function writeRoomEntry(doc: Y.Doc, room: RoomEntry): void {
  doc.transact(() => {
    const rooms = controlMap(doc, 'rooms')
    let map = rooms.get(room.id)
    if (!(map instanceof Y.Map)) {
      map = new Y.Map<unknown>()
      rooms.set(room.id, map)
    }
    writeMap(map as Y.Map<unknown>, { ...room })
  }, new CommandOrigin('breakout.change'))
}

/** Changes the breakout state (the server calls this). */
export function writeBreakout(doc: Y.Doc, change: Partial<Breakout>): void {
  const map = controlMap(doc, 'breakout')
  doc.transact(() => {
    for (const [key, value] of Object.entries(change)) map.set(key, value)
  }, new CommandOrigin('breakout.change'))
}

/** Replaces (or, with `merge`, updates) assignments in one transaction (the server calls this). */
export function writeAssignments(
  doc: Y.Doc,
  assignments: ReadonlyMap<string, string>,
  merge = false,
): void {
  const map = controlMap(doc, 'assignments')
  doc.transact(() => {
    if (!merge) for (const key of [...map.keys()]) if (!assignments.has(key)) map.delete(key)
    for (const [participantId, roomId] of assignments) {
      if (map.get(participantId) !== roomId) map.set(participantId, roomId)
    }
  }, new CommandOrigin('breakout.change'))
}
