import {
  assignRandomly,
  assignSectorBalanced,
  controlDocName,
  newId,
  placeNewcomer,
  readAssignments,
  readBreakout,
  roomDocName,
  writeAssignments,
  writeBreakout,
  writeRoomEntry,
  type Breakout,
  type ParticipantInfo,
  type Principal,
  type RoomInfo,
} from '@weave/shared'
import type { Clock } from '../clock.js'
import type { RoomManager } from '../rooms/room-manager.js'
import { withRoom } from '../rooms/with-room.js'
import type { RoomRecord, Store } from '../store/types.js'
import { ServiceError } from '../service-error.js'

/** Breakout rooms: create and close them, assign people, open and close breakouts. */
export interface BreakoutService {
  createRooms(
    workshopId: string,
    request: { count: number } | { name: string },
  ): Promise<RoomInfo[]>
  renameRoom(workshopId: string, roomId: string, name: string): Promise<RoomInfo>
  closeRoom(workshopId: string, roomId: string): Promise<RoomInfo>
  participants(workshopId: string): Promise<ParticipantInfo[]>
  assign(
    workshopId: string,
    mode: 'balanced' | 'random',
    seed?: number,
  ): Promise<Record<string, string>>
  move(workshopId: string, participantId: string, roomId: string): Promise<void>
  setBreakout(workshopId: string, change: Partial<Breakout>): Promise<Breakout>
  /** Shows a short message in every room. */
  message(workshopId: string, text: string): Promise<Breakout>
  /** Places someone who joined late by the same rule, if rooms are assigned. */
  placeLateJoiner(principal: Principal): Promise<void>
}

interface Deps {
  readonly rooms: RoomManager
  readonly store: Store
  readonly clock: Clock
  /** Closes connections of participants who no longer belong in the rooms they are in. */
  readonly enforce: (workshopId: string) => void
}

const info = (room: RoomRecord): RoomInfo => ({
  roomId: room.id,
  name: room.name,
  docName: roomDocName(room.workshopId, room.id),
})

/** Creates the breakout service. */
export function createBreakoutService({ rooms, store, clock, enforce }: Deps): BreakoutService {
  const control = <T>(workshopId: string, use: Parameters<typeof withRoom<T>>[2]) =>
    withRoom(rooms, controlDocName(workshopId), use)

  const openBreakoutRooms = async (workshopId: string) =>
    (await store.listRooms(workshopId)).filter((room) => room.position > 0 && !room.closed)

  async function roomOf(workshopId: string, roomId: string): Promise<RoomRecord> {
    const room = await store.getRoom(workshopId, roomId)
    if (!room)
      throw new ServiceError(404, 'unknown_room', 'There is no such room in this workshop.')
    return room
  }

  async function mirror(room: RoomRecord): Promise<void> {
    await control(room.workshopId, (doc) =>
      doc.change((d) =>
        writeRoomEntry(d, {
          id: room.id,
          name: room.name,
          position: room.position,
          closed: room.closed ?? false,
        }),
      ),
    )
  }

  async function participantsOf(workshopId: string) {
    // People a facilitator removed are neither listed nor assigned.
    const removed = new Set(
      (await store.listRemovedParticipants(workshopId)).map((r) => r.participantId),
    )
    return (await store.listParticipants(workshopId)).filter(
      (p) => p.role === 'participant' && !removed.has(p.id),
    )
  }

  async function setBreakout(workshopId: string, change: Partial<Breakout>): Promise<Breakout> {
    const next = await control(workshopId, (room) => {
      room.change((doc) => writeBreakout(doc, change))
      return room.read(readBreakout)
    })
    enforce(workshopId)
    return next
  }

  return {
    async createRooms(workshopId, request) {
      const existing = await store.listRooms(workshopId)
      const next = Math.max(0, ...existing.map((room) => room.position)) + 1
      const count = 'count' in request ? request.count : 1
      const created: RoomRecord[] = Array.from({ length: count }, (_, i) => ({
        id: newId(),
        workshopId,
        name: 'name' in request ? request.name : `Room ${next + i}`,
        position: next + i,
        createdAt: clock.now(),
        closed: false,
      }))
      await store.addRooms(created)
      for (const room of created) await mirror(room)
      return created.map(info)
    },

    async renameRoom(workshopId, roomId, name) {
      const room = { ...(await roomOf(workshopId, roomId)), name }
      await store.renameRoom(workshopId, roomId, name)
      await mirror(room)
      return info(room)
    },

    async closeRoom(workshopId, roomId) {
      const room = await roomOf(workshopId, roomId)
      if (room.position === 0) throw new ServiceError(409, 'main_room', 'The main room stays open.')
      await store.closeRoom(workshopId, roomId)
      await mirror({ ...room, closed: true })
      enforce(workshopId)
      return info(room)
    },

    async participants(workshopId) {
      const people = await participantsOf(workshopId)
      const assignments = await control(workshopId, (room) => room.read(readAssignments))
      return people.map((p) => ({
        participantId: p.id,
        name: p.displayName,
        sector: p.sector,
        roomId: assignments.get(p.id) ?? null,
      }))
    },

    async assign(workshopId, mode, seed) {
      const targets = await openBreakoutRooms(workshopId)
      if (targets.length === 0)
        throw new ServiceError(409, 'no_rooms', 'Create breakout rooms first.')
      const people = (await participantsOf(workshopId)).map((p) => ({ id: p.id, sector: p.sector }))
      const plan =
        mode === 'balanced'
          ? assignSectorBalanced(people, targets.length)
          : assignRandomly(people, targets.length, seed ?? clock.now())
      const assignments = new Map<string, string>()
      plan.forEach((ids, index) => ids.forEach((id) => assignments.set(id, targets[index]!.id)))
      await control(workshopId, (room) => room.change((doc) => writeAssignments(doc, assignments)))
      enforce(workshopId)
      return Object.fromEntries(assignments)
    },

    async move(workshopId, participantId, roomId) {
      const room = await roomOf(workshopId, roomId)
      if (room.closed) throw new ServiceError(409, 'room_closed', 'That room is closed.')
      const person = await store.getParticipant(participantId)
      if (person?.workshopId !== workshopId || person.role !== 'participant') {
        throw new ServiceError(
          404,
          'unknown_participant',
          'There is no such participant in this workshop.',
        )
      }
      await control(workshopId, (doc) =>
        doc.change((d) => writeAssignments(d, new Map([[participantId, roomId]]), true)),
      )
      enforce(workshopId)
    },

    setBreakout,

    message(workshopId, text) {
      return setBreakout(workshopId, { message: { text, at: clock.now() } })
    },

    async placeLateJoiner(principal) {
      if (principal.role !== 'participant') return
      const targets = await openBreakoutRooms(principal.workshopId)
      if (targets.length === 0) return
      const people = new Map((await participantsOf(principal.workshopId)).map((p) => [p.id, p]))
      await control(principal.workshopId, (room) => {
        const assignments = room.read(readAssignments)
        if (assignments.size === 0 || assignments.has(principal.participantId)) return
        // Removed participants keep their old assignment entry but no longer take a seat.
        const occupancy = targets.map((target) =>
          [...assignments].flatMap(([id, roomId]) => {
            const person = people.get(id)
            return roomId === target.id && person ? [{ id, sector: person.sector }] : []
          }),
        )
        const index = placeNewcomer(occupancy, {
          id: principal.participantId,
          sector: principal.sector,
        })
        room.change((doc) =>
          writeAssignments(doc, new Map([[principal.participantId, targets[index]!.id]]), true),
        )
      })
    },
  }
}
