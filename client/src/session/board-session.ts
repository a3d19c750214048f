import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import type { Awareness } from 'y-protocols/awareness'
import {
  CommandOrigin,
  draftDocName,
  notesMap,
  readNotes,
  readThreads,
  readWorkshopTitle,
  threadsMap,
  workshopMap,
  type Author,
  type Lane,
  type MyDots,
  type Note,
  type Principal,
  type Thread,
  type WorkshopInfo,
} from '@weave/shared'
import { fetchMyDots } from '../api/facilitation-api'
import {
  shouldReconnect,
  trackConnection,
  watchRefusal,
  type ConnectionTracker,
} from './connection'
import { createControlStores, destroyControlStores, type ControlStores } from './control-stores'
import { createDraftSession, type DraftSession } from './draft-session'
import { createHistoryStore, type HistoryState } from './history-store'
import { createMyDotsStore } from './my-dots'
import { createPeersStore, type PeerPresence } from './presence'
import { createServerClock, type ServerClock } from './server-clock'
import {
  combineStores,
  createDerivedStore,
  createValueStore,
  reuseRecords,
  type ReadableStore,
  type ValueStore,
} from './store'
import { createBoardStateStore, type BoardStateStore } from './board-state'
import { keepViewConsistent } from './view-consistency'
import { createViewState, type ViewState } from './view-state'

export type { HistoryState } from './history-store'

/**
 * Everything one open board needs: the workshop's control document (title, lanes, rounds, votes,
 * attention), the room's board document (notes, threads), the participant's private draft during
 * private rounds, their providers, presence, undo history, server time and local view state.
 * The only place in the client that creates Y.Docs and providers.
 */
export interface BoardSession {
  readonly workshopId: string
  readonly roomId: string
  readonly info: WorkshopInfo
  readonly token: string
  readonly author: Author
  readonly principal: Principal
  readonly canWrite: boolean
  readonly roomDoc: Y.Doc
  readonly controlDoc: Y.Doc
  readonly awareness: Awareness
  readonly undoManager: Y.UndoManager
  /** The room's shared notes. */
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
  readonly destroy: () => void
}

/** Where the sync endpoint lives: the same host the page came from. */
export function syncUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${location.host}/sync`
}

function connect(doc: Y.Doc, docName: string, token: string, announce = true): WebsocketProvider {
  const provider = new WebsocketProvider(syncUrl(), docName, doc, {
    params: { token },
    // Cross-tab sharing would bypass the server's permission checks and presence stamping.
    disableBc: true,
    shouldReconnect,
    connect: false,
  })
  // A fresh awareness state has clock 0, which peers ignore (they only take newer clocks), so
  // without this first write a person would not appear in "Who's here" until they moved.
  if (announce) provider.awareness.setLocalStateField('cursor', null)
  else provider.awareness.setLocalState(null)
  provider.connect()
  return provider
}

/** Opens a board: connects the documents with the token and starts tracking everything. */
export function createBoardSession(info: WorkshopInfo, token: string): BoardSession {
  const room = info.rooms[0]
  if (!room) throw new Error('This workshop has no room to open.')
  const controlDoc = new Y.Doc()
  const roomDoc = new Y.Doc()
  const controlProvider = connect(controlDoc, info.controlDocName, token)
  const roomProvider = connect(roomDoc, room.docName, token)
  const undoManager = new Y.UndoManager([notesMap(roomDoc), threadsMap(roomDoc)], {
    trackedOrigins: new Set([CommandOrigin]),
  })
  const refused = createValueStore<string | null>(null)
  const onRefused = (reason: string) => refused.set(reason)
  const stopRefusals = [controlProvider, roomProvider].map((p) => watchRefusal(p, onRefused))

  const notes = createDerivedStore<readonly Note[]>(
    (onChange) => {
      notesMap(roomDoc).observeDeep(onChange)
      return () => notesMap(roomDoc).unobserveDeep(onChange)
    },
    () => readNotes(roomDoc),
    reuseRecords,
  )
  const threads = createDerivedStore<readonly Thread[]>(
    (onChange) => {
      // Threads disappear with their notes, so watch both maps.
      threadsMap(roomDoc).observeDeep(onChange)
      notesMap(roomDoc).observe(onChange)
      return () => {
        threadsMap(roomDoc).unobserveDeep(onChange)
        notesMap(roomDoc).unobserve(onChange)
      }
    },
    () => readThreads(roomDoc),
    reuseRecords,
  )
  const control = createControlStores(controlDoc, info.lanes)
  const title = createDerivedStore(
    (onChange) => {
      workshopMap(controlDoc).observe(onChange)
      return () => workshopMap(controlDoc).unobserve(onChange)
    },
    () => readWorkshopTitle(controlDoc) || info.title,
    (previous, next) => (previous === next ? previous : next),
  )
  // Only participants have drafts: facilitators' notes are never private.
  const draftName = draftDocName(info.workshopId, room.roomId, info.participantId)
  const drafts = createDraftSession(
    control.round,
    room.roomId,
    info.role === 'participant'
      ? (doc) => {
          const provider = connect(doc, draftName, token, false)
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
  const clock = createServerClock(token)
  const myDots = createMyDotsStore(
    control.vote,
    info.role === 'observer' ? null : () => fetchMyDots(info.workshopId, token),
  )
  const peers = createPeersStore(roomProvider.awareness)
  const history = createHistoryStore(undoManager)
  const connection = trackConnection([controlProvider, roomProvider])
  const derived = [notes, threads, title, allNotes, boardState, peers, history]
  const view = createViewState()
  const stopWatchingSelection = keepViewConsistent(view, allNotes, threads)

  return {
    workshopId: info.workshopId,
    roomId: room.roomId,
    info,
    token,
    author: { id: info.participantId, name: info.displayName, sector: info.sector },
    principal,
    canWrite: info.role !== 'observer',
    roomDoc,
    controlDoc,
    awareness: roomProvider.awareness,
    undoManager,
    notes,
    drafts,
    allNotes,
    threads,
    lanes: control.lanes,
    title,
    control,
    boardState,
    myDots: myDots.dots,
    clock,
    peers,
    history,
    connection,
    refused,
    view,
    destroy() {
      stopWatchingSelection()
      stopRefusals.forEach((stop) => stop())
      connection.destroy()
      myDots.destroy()
      clock.destroy()
      drafts.destroy()
      for (const store of derived) store.destroy()
      destroyControlStores(control)
      undoManager.destroy()
      roomProvider.awareness.setLocalState(null)
      controlProvider.destroy()
      roomProvider.destroy()
      controlDoc.destroy()
      roomDoc.destroy()
    },
  }
}
