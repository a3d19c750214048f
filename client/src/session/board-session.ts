import * as Y from 'yjs'
import type { Awareness } from 'y-protocols/awareness'
import { createCursorSharing, type CursorSharing } from './cursor-sharing'
import {
  draftDocName,
  type Author,
  type Lane,
  type MyDots,
  type Note,
  type Principal,
  type Thread,
  type WorkshopInfo,
} from '@weave/shared'
import { anonymousApi } from '../api/anonymous-api'
import { createAnonymousPart, type AnonymousPart } from './anonymous-part'
import { trackConnection, watchMoved, watchRefusal, type ConnectionTracker } from './connection'
import type { ControlStores } from './control-stores'
import { createDraftSession, type DraftSession } from './draft-session'
import { createHistoryStore, createRoomUndoManager, type HistoryState } from './history-store'
import { createPeersStore, type PeerPresence } from './presence'
import { connect, retireProvider } from './providers'
import type { ServerClock } from './server-clock'
import { combineStores, reuseRecords, type ReadableStore, type ValueStore } from './store'
import { createBoardStateStore, type BoardStateStore } from './board-state'
import { keepViewConsistent } from './view-consistency'
import { createNotesStore, createThreadsStore } from './notes-store'
import { createViewState, type ViewState } from './view-state'
import type { WorkshopSession } from './workshop-session'

export type { HistoryState } from './history-store'

/** The room a board session shows. */
export interface RoomRef {
  readonly roomId: string
  readonly docName: string
}

/**
 * One open room of a workshop: the room's board document (notes, threads) and the participant's
 * private draft during private rounds with their providers, presence, undo history and local view
 * state, over the workshop's long-lived part (control document, server time, dots). When the
 * person moves to another room, only this part is rebuilt. With workshop-session.ts and
 * overview-session.ts, the only place in the client that creates Y.Docs and providers.
 */
export interface BoardSession {
  readonly workshopId: string
  readonly roomId: string
  readonly workshop: WorkshopSession
  readonly info: WorkshopInfo
  readonly token: string
  readonly author: Author
  readonly principal: Principal
  readonly canWrite: boolean
  readonly roomDoc: Y.Doc
  readonly controlDoc: Y.Doc
  readonly awareness: Awareness
  /** This person's cursor as the others see it. */
  readonly cursor: CursorSharing
  readonly undoManager: Y.UndoManager
  /** The room's shared notes (with this person's anonymous changes not yet written on top). */
  readonly notes: ReadableStore<readonly Note[]>
  /** This person's private notes (during private rounds, until the reveal). */
  readonly drafts: DraftSession
  /** Shared and private notes together, as the canvas draws them. */
  readonly allNotes: ReadableStore<readonly Note[]>
  readonly threads: ReadableStore<readonly Thread[]>
  readonly lanes: ReadableStore<readonly Lane[]>
  readonly title: ReadableStore<string>
  readonly control: ControlStores
  readonly boardState: BoardStateStore
  readonly myDots: ValueStore<MyDots | null>
  readonly clock: ServerClock
  readonly peers: ReadableStore<readonly PeerPresence[]>
  readonly history: ReadableStore<HistoryState>
  readonly connection: ConnectionTracker
  /** Set (to the server's reason) when the server refused a change: the session must be rebuilt. */
  readonly refused: ReadableStore<string | null>
  readonly view: ViewState
  /** This person's anonymous notes and threads here, written through the server. */
  readonly anonymous: AnonymousPart
  /** Closes the room (the workshop part stays open). */
  readonly destroy: () => void
}

/** Opens one room of the workshop; `onMoved` is called when the server says we left it. */
export function createBoardSession(
  workshop: WorkshopSession,
  room: RoomRef,
  onMoved: () => void,
): BoardSession {
  const { info, token, controlDoc, control } = workshop
  const roomDoc = new Y.Doc()
  // The room as the page's start request brought it: shown at once, the socket sends only what
  // changed since (applied before the provider exists, so it is not sent back).
  const startState = workshop.start.takeState(room.docName)
  if (startState) Y.applyUpdate(roomDoc, startState)
  const roomProvider = connect(roomDoc, room.docName, token, {
    firstTicket: workshop.start.takeTicket(room.docName),
  })
  const roomLoaded = workshop.localCopies.keep(roomDoc, room.docName, roomProvider)
  const undoManager = createRoomUndoManager(roomDoc)
  const onRefused = (reason: string) => workshop.refused.set(reason)
  const stops = [watchRefusal(roomProvider, onRefused), watchMoved(roomProvider, onMoved)]
  const connection = trackConnection(
    [workshop.controlProvider, roomProvider],
    workshop.startedOffline ? Promise.all([workshop.controlLoaded, roomLoaded]) : null,
  )
  const sharedNotes = createNotesStore(roomDoc)
  const sharedThreads = createThreadsStore(roomDoc)
  const anonymous = createAnonymousPart({
    sharedNotes,
    sharedThreads,
    api: anonymousApi(info.workshopId, room.roomId, token),
    writesAnonymously: info.role === 'participant',
    round: control.round,
    status: connection.status,
  })
  const { notes, threads } = anonymous
  // Only participants have drafts: facilitators' notes are never private.
  const draftName = draftDocName(info.workshopId, room.roomId, info.participantId)
  const drafts = createDraftSession(
    control.round,
    room.roomId,
    info.role === 'participant'
      ? (doc) => {
          const provider = connect(doc, draftName, token, { announce: false })
          // One's own private notes may stay on one's own device (log out deletes them).
          void workshop.localCopies.keep(doc, draftName, provider)
          watchRefusal(provider, onRefused)
          return provider
        }
      : null,
  )
  const allNotes = combineStores<readonly Note[]>(
    [notes, drafts.notes],
    () => [...notes.get(), ...drafts.notes.get()],
    reuseRecords,
  )
  const principal: Principal = {
    workshopId: info.workshopId,
    participantId: info.participantId,
    role: info.role,
    name: info.displayName,
    sector: info.sector,
  }
  const boardState = createBoardStateStore(control, room.roomId)
  const peers = createPeersStore(roomProvider.awareness)
  const cursor = createCursorSharing(roomProvider.awareness)
  const history = createHistoryStore(undoManager)
  const derived = [sharedNotes, sharedThreads, allNotes, boardState, peers, history]
  const view = createViewState()
  const stopWatchingSelection = keepViewConsistent(view, allNotes, threads)

  return {
    workshopId: info.workshopId,
    roomId: room.roomId,
    workshop,
    info,
    token,
    author: { id: info.participantId, name: info.displayName, sector: info.sector },
    principal,
    canWrite: info.role !== 'observer',
    roomDoc,
    controlDoc,
    awareness: roomProvider.awareness,
    cursor,
    undoManager,
    notes,
    drafts,
    allNotes,
    threads,
    lanes: control.lanes,
    title: workshop.title,
    control,
    boardState,
    myDots: workshop.myDots,
    clock: workshop.clock,
    peers,
    history,
    connection,
    refused: workshop.refused,
    view,
    anonymous,
    destroy() {
      cursor.cancel()
      anonymous.destroy()
      stopWatchingSelection()
      stops.forEach((stop) => stop())
      connection.destroy()
      drafts.destroy()
      for (const store of derived) store.destroy()
      undoManager.destroy()
      retireProvider(roomProvider, roomDoc)
    },
  }
}
