import {
  controlDocName,
  encodeBoardStart,
  mainRoomOf,
  readRooms,
  roomDocName,
  roomForParticipant,
  type Principal,
} from '@weave/shared'
import type { ConnectTickets } from '../auth/connect-tickets.js'
import type { RoomManager } from '../rooms/room-manager.js'
import { withSettledRoom } from '../rooms/with-room.js'
import type { Store } from '../store/types.js'
import { ServiceError } from '../service-error.js'

/** A board page's first answer: see shared/src/protocol/board-start.ts. */
export interface BoardStartService {
  /**
   * The board start for `principal` (a member of the workshop): the encoded documents, the same
   * object for everyone while neither document changes (so its compressed form can be reused),
   * and a connect ticket per document, in the same order.
   */
  start(principal: Principal): Promise<{ body: Uint8Array; tickets: string[] }>
}

/**
 * Creates the service. It gives what the sync endpoint would (the same rooms decide, and a
 * participant gets only the room they may open now), plus a connect ticket per document.
 */
export function createBoardStart(deps: {
  store: Store
  rooms: RoomManager
  tickets: ConnectTickets
}): BoardStartService {
  const { store, rooms, tickets } = deps
  // Encoded bodies by the identity of the two states they hold (rooms keep one per version).
  const bodies = new WeakMap<Uint8Array, WeakMap<Uint8Array, Uint8Array>>()

  function bodyOf(roomId: string, control: StartState, board: StartState): Uint8Array {
    const byBoard = bodies.get(control.state) ?? new WeakMap<Uint8Array, Uint8Array>()
    bodies.set(control.state, byBoard)
    let body = byBoard.get(board.state)
    if (!body) {
      body = encodeBoardStart({ roomId, docs: [control, board] })
      byBoard.set(board.state, body)
    }
    return body
  }

  return {
    async start(principal) {
      const { workshopId } = principal
      if (!(await store.getWorkshop(workshopId)))
        throw new ServiceError(404, 'unknown_workshop', 'There is no workshop at this link.')
      const controlDoc = controlDocName(workshopId)
      const control = await withSettledRoom(rooms, controlDoc, (room) => ({
        state: room.fullState(),
        roomId: room.read((doc) =>
          principal.role === 'participant'
            ? roomForParticipant(doc, principal.participantId)
            : (mainRoomOf(readRooms(doc))?.id ?? null),
        ),
      }))
      // A control document that lists no rooms predates breakouts: its first room is the main one.
      const roomId =
        control.roomId ?? (await store.listRooms(workshopId)).find((room) => !room.closed)?.id
      if (!roomId) throw new ServiceError(404, 'unknown_room', 'This workshop has no room to open.')
      const boardDoc = roomDocName(workshopId, roomId)
      const boardState = await withSettledRoom(rooms, boardDoc, (room) => room.fullState())
      const body = bodyOf(
        roomId,
        { docName: controlDoc, state: control.state },
        { docName: boardDoc, state: boardState },
      )
      const issued = await Promise.all(
        [controlDoc, boardDoc].map((docName) => tickets.issue(principal, docName)),
      )
      return { body, tickets: issued.map((issue) => issue.ticket) }
    },
  }
}

interface StartState {
  readonly docName: string
  readonly state: Uint8Array
}
