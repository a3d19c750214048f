import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import {
  notesMap,
  parsePresenceState,
  readNotes,
  roomDocName,
  threadsMap,
  type Note,
  type PresenceState,
  type RoomEntry,
  type WorkshopInfo,
} from '@weave/shared'
import { connect } from './providers'
import { createValueStore, type ReadableStore } from './store'
import type { ControlStores } from './control-stores'

/** Room changes are gathered for this long before the overview redraws (keeps 12 rooms cheap). */
const OVERVIEW_REDRAW_MS = 500

/** What the facilitator's overview shows of one room. */
export interface RoomSnapshot {
  readonly roomId: string
  readonly synced: boolean
  readonly notes: readonly Note[]
  readonly threadCount: number
  /** When the overview started watching the room (local time): quiet is measured from here. */
  readonly watchedSince: number
  /** The people in the room (the overview's own watchers excluded). */
  readonly people: readonly PresenceState['user'][]
}

/** Live, read-only copies of every open room, for the facilitators' overview. */
export interface OverviewSession {
  /** Room id → snapshot. */
  readonly rooms: ReadableStore<ReadonlyMap<string, RoomSnapshot>>
  readonly destroy: () => void
}

/** What the overview needs of the workshop session. */
export interface OverviewSource {
  readonly info: WorkshopInfo
  readonly token: string
  readonly control: Pick<ControlStores, 'rooms'>
}

interface Watched {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  readonly since: number
}

function snapshot(roomId: string, watched: Watched): RoomSnapshot {
  const { doc, provider, since } = watched
  const people: PresenceState['user'][] = []
  const seen = new Set<string>()
  provider.awareness.getStates().forEach((state, clientId) => {
    if (clientId === provider.awareness.clientID) return
    const parsed = parsePresenceState(state)
    if (!parsed || seen.has(parsed.user.participantId)) return
    seen.add(parsed.user.participantId)
    people.push(parsed.user)
  })
  return {
    roomId,
    synced: provider.synced,
    watchedSince: since,
    notes: readNotes(doc),
    threadCount: threadsMap(doc).size,
    people,
  }
}

/**
 * Opens a silent, read-only connection to every open room (facilitators may open any room) and
 * keeps snapshots of them. Open it only while the overview is on screen: it costs one connection
 * per room.
 */
export function createOverviewSession(workshop: OverviewSource): OverviewSession {
  const { info, token } = workshop
  const watched = new Map<string, Watched>()
  const rooms = createValueStore<ReadonlyMap<string, RoomSnapshot>>(new Map())
  let timer: ReturnType<typeof setTimeout> | undefined

  function redrawSoon(): void {
    if (timer !== undefined) return
    timer = setTimeout(() => {
      timer = undefined
      rooms.set(new Map([...watched].map(([roomId, room]) => [roomId, snapshot(roomId, room)])))
    }, OVERVIEW_REDRAW_MS)
  }

  function watch(room: RoomEntry): void {
    const known = info.rooms.find((entry) => entry.roomId === room.id)
    const doc = new Y.Doc()
    const provider = connect(doc, known?.docName ?? roomDocName(info.workshopId, room.id), token, {
      announce: false,
    })
    doc.on('update', redrawSoon)
    provider.awareness.on('change', redrawSoon)
    provider.on('sync', redrawSoon)
    watched.set(room.id, { doc, provider, since: Date.now() })
    // The notes map exists from the start, so an empty room also reports "synced".
    notesMap(doc)
  }

  function unwatch(roomId: string): void {
    const room = watched.get(roomId)
    if (!room) return
    watched.delete(roomId)
    room.provider.destroy()
    room.doc.destroy()
  }

  function update(): void {
    const open = workshop.control.rooms.get().filter((room) => !room.closed)
    for (const room of open) if (!watched.has(room.id)) watch(room)
    for (const roomId of [...watched.keys()]) {
      if (!open.some((room) => room.id === roomId)) unwatch(roomId)
    }
    redrawSoon()
  }

  const stop = workshop.control.rooms.subscribe(update)
  update()

  return {
    rooms,
    destroy() {
      stop()
      clearTimeout(timer)
      for (const roomId of [...watched.keys()]) unwatch(roomId)
    },
  }
}

/** A closed overview stays connected this long, in case it is opened again straight away. */
const OVERVIEW_LINGER_MS = 2_000
const EMPTY: ReadonlyMap<string, RoomSnapshot> = new Map()

/**
 * The overview as a store that connects to the rooms while someone subscribes (the overview is
 * on screen) and disconnects shortly after the last one leaves.
 */
export function createLazyOverview(
  workshop: OverviewSource,
): ReadableStore<ReadonlyMap<string, RoomSnapshot>> & { readonly destroy: () => void } {
  let open: { session: OverviewSession; stop: () => void } | null = null
  let closeTimer: ReturnType<typeof setTimeout> | undefined
  const listeners = new Set<() => void>()

  function close(): void {
    open?.stop()
    open?.session.destroy()
    open = null
  }

  return {
    get: () => open?.session.rooms.get() ?? EMPTY,
    subscribe(listener) {
      listeners.add(listener)
      clearTimeout(closeTimer)
      if (!open) {
        const session = createOverviewSession(workshop)
        const stop = session.rooms.subscribe(() => listeners.forEach((notify) => notify()))
        open = { session, stop }
      }
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) closeTimer = setTimeout(close, OVERVIEW_LINGER_MS)
      }
    },
    destroy() {
      clearTimeout(closeTimer)
      close()
    },
  }
}
