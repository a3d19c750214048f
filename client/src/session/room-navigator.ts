import {
  mainRoomOf,
  mayEnterRoom,
  readRooms,
  roomDocName,
  roomForParticipant,
  type RoomEntry,
} from '@weave/shared'
import { createBoardSession, type BoardSession } from './board-session'
import { createValueStore, type ReadableStore, type ValueStore } from './store'
import type { WorkshopSession } from './workshop-session'

/** After a "moved" close that the control document does not explain yet, reopen after this. */
const REOPEN_AFTER_MOVED_MS = 2_000

/** A move this person did not choose (breakouts opened, they were moved, everyone came back). */
export interface Arrival {
  readonly roomId: string
  readonly main: boolean
  /** Local time of the move, so the same room twice still shows a fresh notice. */
  readonly at: number
}

/**
 * Keeps the right room open: participants follow their assignment (the room `roomForParticipant`
 * gives, or one they visit while free movement is on); facilitators and observers stay in the room
 * they chose (the main room at first). Switching rebuilds only
 * the room part of the session; the control document stays connected for the page's life.
 */
export interface RoomNavigator {
  readonly session: ReadableStore<BoardSession>
  readonly arrival: ValueStore<Arrival | null>
  /** The `at` of the last broadcast message this person closed (it stays closed across rooms). */
  readonly dismissedMessageAt: ValueStore<number | null>
  /** Opens another room (facilitators always; participants while free movement allows it). */
  readonly visit: (roomId: string) => void
  readonly destroy: () => void
}

const mainRoomId = (rooms: readonly RoomEntry[]) => mainRoomOf(rooms)?.id ?? null

/** Starts in the room this person belongs in now and follows the control document from there. */
export function createRoomNavigator(workshop: WorkshopSession): RoomNavigator {
  const { info, controlDoc, control } = workshop
  const me = info.participantId
  // Facilitators and observers may open any room (FAC-B4); participants follow their assignment.
  const participant = info.role === 'participant'
  const fallbackRoomId = info.rooms[0]?.roomId
  if (!fallbackRoomId) throw new Error('This workshop has no room to open.')
  let currentId: string = fallbackRoomId
  let chosen: string | null = null
  let home: string | null = null
  let reopenTimer: ReturnType<typeof setTimeout> | undefined
  let destroyed = false

  function target(): string {
    const rooms = readRooms(controlDoc)
    const main = mainRoomId(rooms)
    if (!main) return currentId
    if (!participant) {
      const open = rooms.some((room) => room.id === chosen && !room.closed)
      return open && chosen ? chosen : main
    }
    const belongs = roomForParticipant(controlDoc, me) ?? main
    // A new assignment wins over a visit made with free movement.
    if (belongs !== home) chosen = null
    home = belongs
    if (chosen && mayEnterRoom(controlDoc, me, chosen)) return chosen
    chosen = null
    return belongs
  }

  function open(roomId: string): BoardSession {
    const known = info.rooms.find((room) => room.roomId === roomId)
    const docName = known?.docName ?? roomDocName(info.workshopId, roomId)
    return createBoardSession(workshop, { roomId, docName }, onMoved)
  }

  function switchTo(roomId: string, announce: boolean): void {
    const previous = session.get()
    currentId = roomId
    const next = open(roomId)
    // Choices about oneself carry over to the next room; the view itself starts afresh there.
    next.view.postAnonymously.set(previous.view.postAnonymously.get())
    next.view.roundFilter.set(previous.view.roundFilter.get())
    next.view.following.set(previous.view.following.get())
    session.set(next)
    previous.destroy()
    if (announce) {
      const main = mainRoomId(readRooms(controlDoc)) === roomId
      arrival.set({ roomId, main, at: Date.now() })
    }
  }

  function update(): void {
    if (destroyed) return
    const next = target()
    if (next !== session.get().roomId) switchTo(next, chosen !== next)
  }

  function onMoved(): void {
    clearTimeout(reopenTimer)
    const from = session.get().roomId
    update()
    if (session.get().roomId !== from) return
    // The control document has not told us where to go yet: look again shortly, and if it still
    // says this room, open it afresh (the server decides).
    reopenTimer = setTimeout(() => {
      update()
      if (session.get().roomId === from) switchTo(from, false)
    }, REOPEN_AFTER_MOVED_MS)
  }

  currentId = target()
  const session: ValueStore<BoardSession> = createValueStore(open(currentId))
  const arrival = createValueStore<Arrival | null>(null)
  const stops = [control.rooms, control.breakout, control.assignments].map((store) =>
    store.subscribe(() => queueMicrotask(update)),
  )

  return {
    session,
    arrival,
    dismissedMessageAt: createValueStore<number | null>(null),
    visit(roomId) {
      chosen = roomId
      update()
    },
    destroy() {
      destroyed = true
      clearTimeout(reopenTimer)
      stops.forEach((stop) => stop())
      session.get().destroy()
    },
  }
}
