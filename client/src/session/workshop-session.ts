import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { readWorkshopTitle, workshopMap, type MyDots, type WorkshopInfo } from '@weave/shared'
import { fetchMyDots } from '../api/facilitation-api'
import { createAnnouncer, type Announcer } from './announcer'
import { watchRefusal } from './connection'
import { createDisplayModeStore, openingListReason, type DisplayMode } from './display-mode'
import { onSlowLink } from './link-speed'
import { connect } from './providers'
import { createControlStores, destroyControlStores, type ControlStores } from './control-stores'
import { createMyDotsStore } from './my-dots'
import { createLazyOverview, type RoomSnapshot } from './overview-session'
import { createLocalCopies, type LocalCopies } from './local-copies'
import { createServerClock, type ServerClock } from './server-clock'
import { EMPTY_HANDOUT, type StartHandout } from './start-pack'
import { createDerivedStore, createValueStore, type ReadableStore, type ValueStore } from './store'

/**
 * What lasts for the whole page, whichever room is open: the workshop's control document (title,
 * lanes, rooms, breakouts, rounds, votes, attention) with its provider, server time and this
 * person's dots. Rooms come and go under it (see room-navigator.ts).
 */
export interface WorkshopSession {
  readonly info: WorkshopInfo
  readonly token: string
  readonly controlDoc: Y.Doc
  readonly controlProvider: WebsocketProvider
  /** This person's board documents kept on the device (offline edits, reloads). */
  readonly localCopies: LocalCopies
  /** Resolves once the device's copy of the control document is loaded. */
  readonly controlLoaded: Promise<void>
  /** True when the server could not be reached at start: the board opened from the device. */
  readonly startedOffline: boolean
  /** The page's start request (documents and tickets not yet handed out). */
  readonly start: StartHandout
  readonly control: ControlStores
  readonly title: ReadableStore<string>
  readonly clock: ServerClock
  readonly myDots: ValueStore<MyDots | null>
  /** Set (to the server's reason) when the server refused a change: everything is rebuilt. */
  readonly refused: ValueStore<string | null>
  /** Notes the facilitator picked in breakout rooms to bring to the main room. */
  readonly harvestPicks: ValueStore<readonly { roomId: string; noteId: string }[]>
  /** Every open room, live (facilitators): connects only while someone watches it. */
  readonly overview: ReadableStore<ReadonlyMap<string, RoomSnapshot>>
  /** The board as a canvas or as a list (for every room this page opens). */
  readonly displayMode: ValueStore<DisplayMode>
  /** True while the notice "the board opened as a list because the connection is slow" shows. */
  readonly slowLinkNotice: ValueStore<boolean>
  /** Polite, throttled announcements for screen reader users. */
  readonly announcer: Announcer
  readonly destroy: () => void
}

/** Connects the control document and starts the workshop-wide stores. */
export function createWorkshopSession(
  info: WorkshopInfo,
  token: string,
  startedOffline = false,
  start: StartHandout = EMPTY_HANDOUT,
): WorkshopSession {
  const controlDoc = new Y.Doc()
  // Before the provider exists, so the start's state is not sent back to the server.
  const startState = start.takeState(info.controlDocName)
  if (startState) Y.applyUpdate(controlDoc, startState)
  const controlProvider = connect(controlDoc, info.controlDocName, token, {
    firstTicket: start.takeTicket(info.controlDocName),
  })
  // Online, the board comes from the server: the device copies open once the page is idle.
  const localCopies = createLocalCopies(info.workshopId, info.participantId, !startedOffline)
  const controlLoaded = localCopies.keep(controlDoc, info.controlDocName, controlProvider)
  const refused = createValueStore<string | null>(null)
  const stopRefusal = watchRefusal(controlProvider, (reason) => refused.set(reason))
  const control = createControlStores(controlDoc, info.lanes)
  const title = createDerivedStore(
    (onChange) => {
      workshopMap(controlDoc).observe(onChange)
      return () => workshopMap(controlDoc).unobserve(onChange)
    },
    () => readWorkshopTitle(controlDoc) || info.title,
    (previous, next) => (previous === next ? previous : next),
  )
  const clock = createServerClock(token)
  const myDots = createMyDotsStore(
    control.vote,
    info.role === 'observer' ? null : () => fetchMyDots(info.workshopId, token),
  )
  const overview = createLazyOverview({ info, token, control })
  const announcer = createAnnouncer()
  const slowLink = onSlowLink()
  return {
    info,
    token,
    controlDoc,
    controlProvider,
    localCopies,
    controlLoaded,
    startedOffline,
    start,
    control,
    title,
    clock,
    myDots: myDots.dots,
    refused,
    harvestPicks: createValueStore<readonly { roomId: string; noteId: string }[]>([]),
    overview,
    displayMode: createDisplayModeStore(info.role, window.innerWidth, slowLink),
    slowLinkNotice: createValueStore(
      openingListReason(info.role, window.innerWidth, slowLink) === 'slow-link',
    ),
    announcer,
    destroy() {
      announcer.destroy()
      overview.destroy()
      stopRefusal()
      myDots.destroy()
      clock.destroy()
      title.destroy()
      destroyControlStores(control)
      controlProvider.awareness.setLocalState(null)
      controlProvider.destroy()
      controlDoc.destroy()
    },
  }
}
