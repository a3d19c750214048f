import type * as Y from 'yjs'
import { controlDocName, readPhase, type DocRef, type Phase } from '@weave/shared'
import type { Logger } from '../log.js'
import { createBoardStateCache } from './board-state.js'
import type { DocStore } from '../store/types.js'
import { createRoom, type Room } from './room.js'
import type { RoomFanout, RoomKey } from './types.js'

/** Keeps each document loaded at most once, and unloads rooms nobody uses. */
export interface RoomManager {
  /**
   * The room for a document, loading it on first use (one load, however many connect at once).
   * The caller holds it until it calls `release`: a held room is never unloaded.
   */
  acquire(key: RoomKey): Room
  /** Ends one `acquire`; once nobody holds the room, it is unloaded after the idle delay. */
  release(room: Room): void
  /** The room if it is loaded. */
  peek(docName: string): Room | undefined
  /** Every loaded room. */
  loaded(): Room[]
  readonly loadedCount: number
  /** Flushes and unloads every room (on shutdown). */
  closeAll(): Promise<void>
  /**
   * Drops every loaded room of a deleted workshop: closes its connections with `code`, waits for
   * store writes under way (unloads included), and writes nothing more.
   */
  discardWorkshop(workshopId: string, code: number, reason: string): Promise<void>
  /** Ids of the workshops with a loaded room. */
  loadedWorkshops(): string[]
  /** Calls `listener` when another instance says it deleted a workshop this one holds. */
  onDeletedElsewhere(listener: (workshopId: string) => void): void
  /** Calls `listener` when a facilitator moves a workshop to the closed phase (on this instance). */
  onWorkshopClosed(listener: (workshopId: string) => void): void
  /**
   * Calls `listener` when a control document is loaded and whenever another instance's change
   * reaches it, so what is derived from it locally (round timers, who may be in which room)
   * follows the document rather than this instance's own actions.
   */
  onControlChanged(listener: (workshopId: string, doc: Y.Doc) => void): void
}

/** What the room manager needs. */
export interface RoomManagerDeps {
  readonly store: DocStore
  readonly log: Logger
  readonly idleUnloadMs: number
  readonly compactAfterUpdates: number
  /** Other instances sharing the rooms (cluster mode); absent when this process is alone. */
  readonly fanout?: RoomFanout
  /**
   * Runs on a room board as soon as it is loaded, before any connection or reader is answered
   * (registered first on `ready`): the place for upgrades of stored boards.
   */
  readonly onBoardLoaded?: (room: Room, workshopId: string) => void
  /**
   * Starts an idle delay and returns what cancels it; `due` resolves once the unload it starts is
   * over. Tests pass their own to move time and wait for what it brings.
   */
  readonly startTimer?: (ms: number, due: () => Promise<void>) => () => void
}

const startRealTimer = (ms: number, due: () => Promise<void>) => {
  const timer = setTimeout(() => void due(), ms)
  return () => clearTimeout(timer)
}

/** Creates a room manager. */
export function createRoomManager(deps: RoomManagerDeps): RoomManager {
  const rooms = new Map<string, Room>()
  const boardStates = createBoardStateCache()
  const startTimer = deps.startTimer ?? startRealTimer
  const unloadTimers = new Map<string, () => void>()
  // How many hold each room: sockets, withRoom users, and boards or drafts holding their
  // workshop's control room (the rules live there). Only an unheld room may unload.
  const holders = new Map<Room, number>()
  const controlOf = new Map<Room, Room>()

  function controlKey(ref: DocRef): RoomKey {
    const docName = controlDocName(ref.workshopId)
    return { docName, ref: { kind: 'control', workshopId: ref.workshopId } }
  }

  const closedListeners: Array<(workshopId: string) => void> = []
  const deletedListeners: Array<(workshopId: string) => void> = []
  // Unloads under way (they may still compact): a deletion waits for its workshop's.
  const unloading = new Map<Room, Promise<void>>()
  const controlListeners: Array<(workshopId: string, doc: Y.Doc) => void> = []

  /**
   * Watches a control document's phase and reports the move to "closed" when one of this
   * instance's connections made it; another instance's move is that instance's to report.
   */
  function phaseWatcher(workshopId: string) {
    let last: Phase | null = null
    return (doc: Y.Doc, report: boolean) => {
      const phase = readPhase(doc)
      if (report && phase === 'closed' && last !== null && last !== 'closed')
        for (const listener of closedListeners) listener(workshopId)
      last = phase
    }
  }

  function create(key: RoomKey): Room {
    if (key.ref.kind === 'control') {
      const workshopId = key.ref.workshopId
      const watch = phaseWatcher(workshopId)
      const followers = (doc: Y.Doc) => {
        for (const listener of controlListeners) listener(workshopId, doc)
      }
      const room = createRoom(key, {
        ...deps,
        boardState: null,
        onChanged: (doc) => watch(doc, true),
        onRemoteChange: (doc) => {
          watch(doc, false)
          followers(doc)
        },
        onDeletedElsewhere: () => {
          for (const listener of deletedListeners) listener(workshopId)
        },
      })
      void room.ready
        .then(() =>
          room.read((doc) => {
            watch(doc, false)
            followers(doc)
          }),
        )
        .catch(() => {})
      return room
    }
    const control = manager.acquire(controlKey(key.ref))
    const ref = key.ref
    const room = createRoom(key, {
      ...deps,
      // Boards and drafts alike: a draft takes writes only while its room's private round is open.
      boardState: () => control.read((doc) => boardStates(doc, ref.roomId)),
      // The rules must be known before the first update is checked.
      loadAfter: control.ready,
    })
    controlOf.set(room, control)
    const upgrade = deps.onBoardLoaded
    if (upgrade && ref.kind === 'room') {
      void room.ready.then(() => upgrade(room, ref.workshopId)).catch(() => {})
    }
    return room
  }

  function releaseControl(room: Room): void {
    const control = controlOf.get(room)
    controlOf.delete(room)
    if (control) manager.release(control)
  }

  function cancelUnload(docName: string): void {
    unloadTimers.get(docName)?.()
    unloadTimers.delete(docName)
  }

  /** Forgets a room (and whoever still holds it: their releases are ignored). */
  function forget(room: Room): void {
    rooms.delete(room.docName)
    holders.delete(room)
  }

  async function unloadIfIdle(room: Room): Promise<void> {
    unloadTimers.delete(room.docName)
    await room.settled()
    // Acquired again while settling: the new holder's release starts another delay.
    if (holders.has(room) || !room.isIdle() || rooms.get(room.docName) !== room) return
    forget(room)
    releaseControl(room)
    const done = room.unload().then(
      () => deps.log.debug('room unloaded', { doc: room.docName }),
      (error: unknown) =>
        deps.log.error('room unload failed', { doc: room.docName, error: String(error) }),
    )
    unloading.set(room, done)
    await done
    unloading.delete(room)
  }

  function load(key: RoomKey): Room {
    const room = create(key)
    rooms.set(key.docName, room)
    room.ready.catch((error: unknown) => {
      deps.log.error('room failed to load', { doc: key.docName, error: String(error) })
      if (rooms.get(key.docName) !== room) return
      forget(room)
      releaseControl(room)
    })
    return room
  }

  const manager: RoomManager = {
    acquire(key) {
      cancelUnload(key.docName)
      const room = rooms.get(key.docName) ?? load(key)
      holders.set(room, (holders.get(room) ?? 0) + 1)
      return room
    },
    release(room) {
      const held = holders.get(room)
      // Not counted: the room was forgotten (failed, discarded, closed) since it was acquired.
      if (held === undefined) return
      if (held > 1) {
        holders.set(room, held - 1)
        return
      }
      holders.delete(room)
      if (rooms.get(room.docName) !== room) return
      cancelUnload(room.docName)
      unloadTimers.set(
        room.docName,
        startTimer(deps.idleUnloadMs, () => unloadIfIdle(room)),
      )
    },
    peek(docName) {
      return rooms.get(docName)
    },
    loaded() {
      return [...rooms.values()]
    },
    get loadedCount() {
      return rooms.size
    },
    onWorkshopClosed(listener) {
      closedListeners.push(listener)
    },
    onControlChanged(listener) {
      controlListeners.push(listener)
    },
    onDeletedElsewhere(listener) {
      deletedListeners.push(listener)
    },
    loadedWorkshops() {
      return [...new Set([...rooms.values()].map((room) => room.ref.workshopId))]
    },
    async discardWorkshop(workshopId, code, reason) {
      const doomed = [...rooms.values()].filter((room) => room.ref.workshopId === workshopId)
      for (const room of doomed) {
        cancelUnload(room.docName)
        forget(room)
        controlOf.delete(room)
      }
      const pending = [...unloading].filter(([room]) => room.ref.workshopId === workshopId)
      await Promise.all([
        ...doomed.map((room) => room.discard(code, reason)),
        ...pending.map(([, done]) => done),
      ])
    },
    async closeAll() {
      for (const docName of unloadTimers.keys()) cancelUnload(docName)
      const all = [...rooms.values()]
      rooms.clear()
      holders.clear()
      controlOf.clear()
      await Promise.all(
        all.map((room) =>
          room
            .unload()
            .catch((error: unknown) =>
              deps.log.error('room unload failed', { doc: room.docName, error: String(error) }),
            ),
        ),
      )
    },
  }
  return manager
}
