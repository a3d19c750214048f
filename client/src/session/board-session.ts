import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import type { Awareness } from 'y-protocols/awareness'
import {
  CommandOrigin,
  lanesMap,
  notesMap,
  readLanes,
  readNotes,
  readThreads,
  readWorkshopTitle,
  threadsMap,
  workshopMap,
  type Author,
  type Lane,
  type Note,
  type Thread,
  type WorkshopInfo,
} from '@weave/shared'
import { shouldReconnect, trackConnection, type ConnectionTracker } from './connection'
import { createPeersStore, type PeerPresence } from './presence'
import { createDerivedStore, reuseRecords, type DerivedStore, type ReadableStore } from './store'
import { createViewState, type ViewState } from './view-state'

/** Whether undo and redo have anything to do. */
export interface HistoryState {
  readonly canUndo: boolean
  readonly canRedo: boolean
}

/**
 * Everything one open board needs: the workshop's control document (title, lanes), the room's
 * board document (notes, threads), their providers, presence, undo history and local view state.
 * The only place in the client that creates Y.Docs and providers.
 */
export interface BoardSession {
  readonly workshopId: string
  readonly info: WorkshopInfo
  readonly token: string
  readonly author: Author
  readonly canWrite: boolean
  readonly roomDoc: Y.Doc
  readonly awareness: Awareness
  readonly undoManager: Y.UndoManager
  readonly notes: ReadableStore<readonly Note[]>
  readonly threads: ReadableStore<readonly Thread[]>
  readonly lanes: ReadableStore<readonly Lane[]>
  readonly title: ReadableStore<string>
  readonly peers: ReadableStore<readonly PeerPresence[]>
  readonly history: ReadableStore<HistoryState>
  readonly connection: ConnectionTracker
  readonly view: ViewState
  readonly destroy: () => void
}

/** Where the sync endpoint lives: the same host the page came from. */
export function syncUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${location.host}/sync`
}

function watchDeep(type: Y.Map<unknown>): (onChange: () => void) => () => void {
  return (onChange) => {
    type.observeDeep(onChange)
    return () => type.unobserveDeep(onChange)
  }
}

function connect(doc: Y.Doc, docName: string, token: string): WebsocketProvider {
  const provider = new WebsocketProvider(syncUrl(), docName, doc, {
    params: { token },
    // Cross-tab sharing would bypass the server's permission checks and presence stamping.
    disableBc: true,
    shouldReconnect,
    connect: false,
  })
  // A fresh awareness state has clock 0, which peers ignore (they only take newer clocks), so
  // without this first write a person would not appear in "Who's here" until they moved.
  provider.awareness.setLocalStateField('cursor', null)
  provider.connect()
  return provider
}

function createHistoryStore(undoManager: Y.UndoManager): DerivedStore<HistoryState> {
  const read = (): HistoryState => ({
    canUndo: undoManager.canUndo(),
    canRedo: undoManager.canRedo(),
  })
  return createDerivedStore(
    (onChange) => {
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const
      for (const event of events) undoManager.on(event, onChange)
      return () => {
        for (const event of events) undoManager.off(event, onChange)
      }
    },
    read,
    (previous, next) =>
      previous.canUndo === next.canUndo && previous.canRedo === next.canRedo ? previous : next,
  )
}

/** Opens a board: connects both documents with the token and starts tracking everything. */
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

  const notes = createDerivedStore<readonly Note[]>(
    watchDeep(notesMap(roomDoc)),
    () => readNotes(roomDoc),
    reuseRecords,
  )
  const threads = createDerivedStore<readonly Thread[]>(
    (onChange) => {
      // Threads disappear with their notes, so watch both maps.
      const stopThreads = watchDeep(threadsMap(roomDoc))(onChange)
      notesMap(roomDoc).observe(onChange)
      return () => {
        stopThreads()
        notesMap(roomDoc).unobserve(onChange)
      }
    },
    () => readThreads(roomDoc),
    reuseRecords,
  )
  // Until the control document syncs, show the lanes the HTTP API sent.
  const lanes = createDerivedStore<readonly Lane[]>(
    watchDeep(lanesMap(controlDoc)),
    () => {
      const live = readLanes(controlDoc)
      return live.length > 0 ? live : info.lanes
    },
    reuseRecords,
  )
  const title = createDerivedStore(
    watchDeep(workshopMap(controlDoc)),
    () => readWorkshopTitle(controlDoc) || info.title,
    (previous, next) => (previous === next ? previous : next),
  )
  const peers = createPeersStore(roomProvider.awareness)
  const history = createHistoryStore(undoManager)
  const connection = trackConnection([controlProvider, roomProvider])
  const derived = [notes, threads, lanes, title, peers, history]
  const view = createViewState()
  // Someone else (or an undo) may delete what is selected: let go of it. (The note editor closes
  // itself, so that it can also tell the others.)
  const stopWatchingSelection = keepViewConsistent(view, notes, threads)

  return {
    workshopId: info.workshopId,
    info,
    token,
    author: { id: info.participantId, name: info.displayName, sector: info.sector },
    canWrite: info.role !== 'observer',
    roomDoc,
    awareness: roomProvider.awareness,
    undoManager,
    notes,
    threads,
    lanes,
    title,
    peers,
    history,
    connection,
    view,
    destroy() {
      stopWatchingSelection()
      connection.destroy()
      for (const store of derived) store.destroy()
      undoManager.destroy()
      roomProvider.awareness.setLocalState(null)
      controlProvider.destroy()
      roomProvider.destroy()
      controlDoc.destroy()
      roomDoc.destroy()
    },
  }
}

function keepViewConsistent(
  view: ViewState,
  notes: ReadableStore<readonly Note[]>,
  threads: ReadableStore<readonly Thread[]>,
): () => void {
  function check(): void {
    const selection = view.selection.get()
    const noteIds = new Set(notes.get().map((note) => note.id))
    if (selection?.kind === 'note' && !noteIds.has(selection.id)) view.selection.set(null)
    if (selection?.kind === 'thread' && !threads.get().some((t) => t.id === selection.id)) {
      view.selection.set(null)
    }
  }
  const stops = [notes.subscribe(check), threads.subscribe(check)]
  return () => stops.forEach((stop) => stop())
}
