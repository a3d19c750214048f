import { afterEach, vi } from 'vitest'
import * as Y from 'yjs'
import { Awareness } from 'y-protocols/awareness'
import { createCursorSharing } from '../../src/session/cursor-sharing'
import type { WebsocketProvider } from 'y-websocket'
import {
  readWorkshopTitle,
  seedControlDoc,
  setPhase,
  workshopMap,
  type AnonymousMine as MineAnswer,
  type MyDots,
  type Note,
  type Phase,
  type Principal,
  type Role,
  type WorkshopInfo,
} from '@weave/shared'
import { anonymousApi } from '../../src/api/anonymous-api'
import type { Announcer } from '../../src/session/announcer'
import { createAnonymousPart } from '../../src/session/anonymous-part'
import type { BoardSession } from '../../src/session/board-session'
import { createBoardStateStore } from '../../src/session/board-state'
import type { ConnectionStatus, ConnectionTracker } from '../../src/session/connection'
import { createControlStores, destroyControlStores } from '../../src/session/control-stores'
import type { DisplayMode } from '../../src/session/display-mode'
import { createDraftSession } from '../../src/session/draft-session'
import { createHistoryStore, createRoomUndoManager } from '../../src/session/history-store'
import type { LocalCopies } from '../../src/session/local-copies'
import { createNotesStore, createThreadsStore } from '../../src/session/notes-store'
import { createPeersStore } from '../../src/session/presence'
import type { ServerClock } from '../../src/session/server-clock'
import { EMPTY_HANDOUT } from '../../src/session/start-pack'
import {
  combineStores,
  createDerivedStore,
  createValueStore,
  reuseRecords,
} from '../../src/session/store'
import { createViewState } from '../../src/session/view-state'
import { keepViewConsistent } from '../../src/session/view-consistency'
import type { WorkshopSession } from '../../src/session/workshop-session'
import { installFakeApi, type FakeApi } from './fake-api'

/** Who the test's person is and where they are. */
export interface FakeBoardOptions {
  readonly role?: Role
  readonly participantId?: string
  /** null: joined without a name (everything they write is anonymous). */
  readonly name?: string | null
  readonly sector?: string | null
  readonly workshopId?: string
  readonly roomId?: string
  /** The workshop's phase when the board opens ('live' by default). */
  readonly phase?: Phase
  /** What the server says are this person's anonymous records in the room. */
  readonly mine?: MineAnswer
  /** The server's clock, in ms. */
  readonly now?: number
}

/**
 * A board session for command tests: real documents (through the shared model), real view
 * state, undo history, control stores, drafts and anonymous part, with no provider and no
 * network. HTTP goes to `api` (a recording fetch); the announcer records what it is told.
 */
export interface FakeBoard {
  readonly session: BoardSession
  readonly api: FakeApi
  /** What screen reader users were told (`announce`), oldest first. */
  readonly said: string[]
  /** What keyboard focus was described as (`describeFocus`), oldest first. */
  readonly described: string[]
  /** How many times the device copies were closed (log out, deletion). */
  readonly copiesClosed: () => number
  /**
   * A change to the room made by someone else (another client, or the server): it reaches this
   * page as an update, as over the socket, and is never in this person's undo history.
   */
  readonly elsewhere: (write: (roomDoc: Y.Doc) => void) => void
  /** A change to the control document by the server or a facilitator elsewhere. */
  readonly elsewhereInControl: (write: (controlDoc: Y.Doc) => void) => void
  readonly setStatus: (status: ConnectionStatus) => void
  readonly setNow: (now: number) => void
  readonly destroy: () => void
}

/** Applies `write`, made in another replica of `doc`, to `doc` as a remote update. */
export function writeElsewhere(doc: Y.Doc, write: (replica: Y.Doc) => void): void {
  const replica = new Y.Doc()
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc))
  const before = Y.encodeStateVector(replica)
  write(replica)
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(replica, before), 'remote')
  replica.destroy()
}

/** Anything a command is not expected to touch: reading it fails the test, saying what it was. */
function absent<T extends object>(what: string): T {
  return new Proxy({} as T, {
    get(_target, property) {
      throw new Error(`The fake board session has no ${what} (read .${String(property)}).`)
    },
  })
}

function recordingAnnouncer(said: string[], described: string[]): Announcer {
  return {
    current: createValueStore(null),
    say: (text) => void said.push(text),
    focus: createValueStore(null),
    describe: (text) => void described.push(text),
    destroy: () => undefined,
  }
}

/**
 * Opens a fake board for Maya (participant p-maya, health sector) in room `room-main` of
 * workshop `w1`, unless told otherwise; the lanes are the default sectors' (lane id = sector id).
 * Resolves once the anonymous part has its first answer from the (fake) server.
 */
async function createFakeBoard(options: FakeBoardOptions = {}): Promise<FakeBoard> {
  const {
    role = 'participant',
    participantId = 'p-maya',
    name = 'Maya',
    sector = 'health',
    workshopId = 'w1',
    roomId = 'room-main',
    phase = 'live',
    mine = { notes: [], threads: [] },
  } = options
  let now = options.now ?? 1_000_000
  const api = installFakeApi()
  const anonymousBase = `/api/workshops/${workshopId}/rooms/${roomId}/anonymous`
  api.answer(`GET ${anonymousBase}/mine`, mine)
  const token = `token-${participantId}`

  const controlDoc = new Y.Doc()
  writeElsewhere(controlDoc, (doc) => {
    seedControlDoc(doc, 'Summit')
    setPhase(doc, phase)
  })
  const roomDoc = new Y.Doc()
  const info: WorkshopInfo = {
    workshopId,
    title: 'Summit',
    role,
    participantId,
    displayName: name,
    sector,
    controlDocName: `${workshopId}.control`,
    lanes: [],
    rooms: [{ roomId, name: 'Main room', docName: `${workshopId}.room.${roomId}` }],
  }
  const control = createControlStores(controlDoc, info.lanes)
  const status = createValueStore<ConnectionStatus>('online')
  const connection: ConnectionTracker = {
    status,
    everSynced: createValueStore(true),
    fatalCloseCode: createValueStore<number | null>(null),
    destroy: () => undefined,
  }
  const clock: ServerClock = {
    now: () => now,
    offset: createValueStore(0),
    ready: createValueStore(true),
    destroy: () => undefined,
  }
  const said: string[] = []
  const described: string[] = []
  let closed = 0
  const localCopies: LocalCopies = {
    keep: () => Promise.resolve(),
    unsent: createValueStore(false),
    closeAll: async () => void (closed += 1),
  }
  const title = createDerivedStore(
    (onChange) => {
      workshopMap(controlDoc).observe(onChange)
      return () => workshopMap(controlDoc).unobserve(onChange)
    },
    () => readWorkshopTitle(controlDoc),
    (a, b) => (a === b ? a : b),
  )
  const myDots = createValueStore<MyDots | null>(null)
  const workshop: WorkshopSession = {
    info,
    token,
    controlDoc,
    controlProvider: absent<WebsocketProvider>('control provider'),
    localCopies,
    controlLoaded: Promise.resolve(),
    startedOffline: false,
    start: EMPTY_HANDOUT,
    control,
    title,
    clock,
    myDots,
    refused: createValueStore<string | null>(null),
    harvestPicks: createValueStore<readonly { roomId: string; noteId: string }[]>([]),
    overview: Object.assign(createValueStore(new Map()), { destroy: () => undefined }),
    displayMode: createValueStore<DisplayMode>('board'),
    slowLinkNotice: createValueStore(false),
    announcer: recordingAnnouncer(said, described),
    destroy: () => destroyControlStores(control),
  }

  const undoManager = createRoomUndoManager(roomDoc)
  const sharedNotes = createNotesStore(roomDoc)
  const sharedThreads = createThreadsStore(roomDoc)
  const anonymous = createAnonymousPart({
    sharedNotes,
    sharedThreads,
    api: anonymousApi(workshopId, roomId, token),
    writesAnonymously: role === 'participant',
    round: control.round,
    status,
  })
  // The draft's provider is never used by commands: only closed with the draft.
  const draftProvider = { destroy: () => undefined } as unknown as WebsocketProvider
  const drafts = createDraftSession(
    control.round,
    roomId,
    role === 'participant' ? () => draftProvider : null,
  )
  const allNotes = combineStores<readonly Note[]>(
    [anonymous.notes, drafts.notes],
    () => [...anonymous.notes.get(), ...drafts.notes.get()],
    reuseRecords,
  )
  const principal: Principal = { workshopId, participantId, role, name, sector }
  const awareness = new Awareness(roomDoc)
  const view = createViewState()
  const stopWatchingSelection = keepViewConsistent(view, allNotes, anonymous.threads)
  const boardState = createBoardStateStore(control, roomId)
  const peers = createPeersStore(awareness)
  const cursor = createCursorSharing(awareness)
  const history = createHistoryStore(undoManager)

  const session: BoardSession = {
    workshopId,
    roomId,
    workshop,
    info,
    token,
    author: { id: participantId, name, sector },
    principal,
    canWrite: role !== 'observer',
    roomDoc,
    controlDoc,
    awareness,
    cursor,
    undoManager,
    notes: anonymous.notes,
    drafts,
    allNotes,
    threads: anonymous.threads,
    lanes: control.lanes,
    title,
    control,
    boardState,
    myDots,
    clock,
    peers,
    history,
    connection,
    refused: workshop.refused,
    view,
    anonymous,
    destroy() {
      anonymous.destroy()
      stopWatchingSelection()
      drafts.destroy()
      for (const store of [sharedNotes, sharedThreads, allNotes, boardState, peers, history]) {
        store.destroy()
      }
      undoManager.destroy()
      cursor.cancel()
      awareness.destroy()
      roomDoc.destroy()
    },
  }
  await api.settled()
  return {
    session,
    api,
    said,
    described,
    copiesClosed: () => closed,
    elsewhere: (write) => writeElsewhere(roomDoc, write),
    elsewhereInControl: (write) => writeElsewhere(controlDoc, write),
    setStatus: (next) => status.set(next),
    setNow(next) {
      now = next
    },
    destroy() {
      session.destroy()
      workshop.destroy()
      controlDoc.destroy()
    },
  }
}

/**
 * Called at the top of a test file: returns what opens a fake board (createFakeBoard says for
 * whom), and after each test closes every board it opened and takes the fake `fetch` away. A test
 * may close its board sooner, to open another.
 */
export function fakeBoardPerTest(): (options?: FakeBoardOptions) => Promise<FakeBoard> {
  const open = new Set<FakeBoard>()
  afterEach(() => {
    for (const board of open) board.destroy()
    vi.unstubAllGlobals()
  })
  return async (options) => {
    const board = await createFakeBoard(options)
    const tracked: FakeBoard = {
      ...board,
      destroy() {
        if (open.delete(tracked)) board.destroy()
      },
    }
    open.add(tracked)
    return tracked
  }
}
