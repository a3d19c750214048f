import * as Y from 'yjs'
import {
  controlDocName,
  newId,
  newJoinCode,
  roomDocName,
  seedControlDoc,
  writeRoomEntry,
  type CreateWorkshopRequest,
  type CreateWorkshopResponse,
  type JoinRequest,
  type JoinResponse,
  type Principal,
  type RoomInfo,
  type WorkshopInfo,
} from '@weave/shared'
import type { TokenService } from '../auth/tokens.js'
import type { Clock } from '../clock.js'
import type { Config } from '../config.js'
import type { RoomRecord, Store } from '../store/types.js'
import { ServiceError } from '../service-error.js'

/** The name of the room every workshop starts with. */
export const MAIN_ROOM_NAME = 'Main room'

/** Reads the lanes and title of a workshop from its control document. */
export type ControlReader = (workshopId: string) => Promise<WorkshopInfo['lanes']>

/** Workshops: create, join, describe. Pure domain logic over the store and the token service. */
export interface WorkshopService {
  create(request: CreateWorkshopRequest): Promise<CreateWorkshopResponse>
  join(workshopId: string, request: JoinRequest): Promise<JoinResponse>
  describe(workshopId: string, principal: Principal): Promise<WorkshopInfo>
}

interface Deps {
  store: Store
  tokens: TokenService
  clock: Clock
  config: Config
  readLanes: ControlReader
  /** Called once someone has joined (e.g. to place a late joiner in a breakout room). */
  onJoined?: (principal: Principal) => Promise<void>
}

const roomInfo = (room: RoomRecord): RoomInfo => ({
  roomId: room.id,
  name: room.name,
  docName: roomDocName(room.workshopId, room.id),
})

/** Creates the workshop service. */
export function createWorkshopService({
  store,
  tokens,
  clock,
  config,
  readLanes,
  onJoined,
}: Deps): WorkshopService {
  return {
    async create(request) {
      const now = clock.now()
      const workshopId = newId()
      const room: RoomRecord = {
        id: newId(),
        workshopId,
        name: MAIN_ROOM_NAME,
        position: 0,
        createdAt: now,
      }
      const facilitator: Principal = {
        workshopId,
        participantId: newId(),
        role: 'facilitator',
        name: request.facilitatorName ?? 'Facilitator',
        sector: null,
      }
      const control = new Y.Doc()
      seedControlDoc(control, request.title)
      writeRoomEntry(control, { id: room.id, name: room.name, position: 0, closed: false })
      const workshop = {
        id: workshopId,
        title: request.title,
        joinCode: newJoinCode(),
        observerCode: newJoinCode(),
        createdAt: now,
      }
      await store.createWorkshop(
        workshop,
        [room],
        {
          id: facilitator.participantId,
          workshopId,
          role: 'facilitator',
          displayName: facilitator.name,
          sector: null,
          createdAt: now,
        },
        [{ docName: controlDocName(workshopId), update: Y.encodeStateAsUpdate(control) }],
      )
      control.destroy()
      return {
        workshopId,
        facilitatorToken: await tokens.sign(facilitator, config.facilitatorTokenTtlSeconds),
        joinCode: workshop.joinCode,
        observerCode: workshop.observerCode,
        rooms: [roomInfo(room)],
      }
    },

    async join(workshopId, request) {
      const workshop = await store.getWorkshop(workshopId)
      if (!workshop)
        throw new ServiceError(404, 'unknown_workshop', 'There is no workshop at this link.')
      const isObserver = 'observerCode' in request
      const expected = isObserver ? workshop.observerCode : workshop.joinCode
      const given = isObserver ? request.observerCode : request.joinCode
      if (given !== expected) {
        throw new ServiceError(
          403,
          'wrong_code',
          'That code does not match this workshop. Check the link you were sent.',
        )
      }
      const principal: Principal = {
        workshopId,
        participantId: newId(),
        role: isObserver ? 'observer' : 'participant',
        name: 'displayName' in request ? (request.displayName ?? null) : null,
        sector: 'sector' in request ? (request.sector ?? null) : null,
      }
      await store.addParticipant({
        id: principal.participantId,
        workshopId,
        role: principal.role,
        displayName: principal.name,
        sector: principal.sector,
        createdAt: clock.now(),
      })
      await onJoined?.(principal)
      return {
        token: await tokens.sign(principal, config.participantTokenTtlSeconds),
        participantId: principal.participantId,
        role: principal.role,
      }
    },

    async describe(workshopId, principal) {
      if (principal.workshopId !== workshopId) {
        throw new ServiceError(
          403,
          'wrong_workshop',
          'Your invitation is for a different workshop.',
        )
      }
      const workshop = await store.getWorkshop(workshopId)
      if (!workshop)
        throw new ServiceError(404, 'unknown_workshop', 'There is no workshop at this link.')
      const rooms = await store.listRooms(workshopId)
      const isFacilitator = principal.role === 'facilitator'
      return {
        workshopId,
        title: workshop.title,
        role: principal.role,
        participantId: principal.participantId,
        displayName: principal.name,
        sector: principal.sector,
        controlDocName: controlDocName(workshopId),
        lanes: await readLanes(workshopId),
        rooms: rooms.map(roomInfo),
        ...(isFacilitator
          ? { joinCode: workshop.joinCode, observerCode: workshop.observerCode }
          : {}),
      }
    },
  }
}
