import type Konva from 'konva'
import type { MyDots, Note, Round, Thread, Vote } from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import { canvasToScreen, noteRect } from '../geometry/viewport-math'
import { placeDot, removeDot } from '../commands/vote-commands'

/** What the browser tests (and curious developers) can reach as `window.__weave`. */
export interface WeaveDebugHandle {
  readonly stage: () => Konva.Stage
  /** The room this page has open now. */
  readonly roomId: () => string
  /** Its live name ("Room 3", "Main room"). */
  readonly roomName: () => string
  /** The room's shared notes (never the private ones). */
  readonly notes: () => readonly Note[]
  /** This page's private notes (during a private round, until the reveal). */
  readonly draftNotes: () => readonly Note[]
  readonly threads: () => readonly Thread[]
  readonly round: () => Round | null
  readonly vote: () => Vote | null
  readonly myDots: () => MyDots | null
  /** Server time minus this page's clock, in ms, as measured. */
  readonly serverOffset: () => number
  /** Places a dot on a note, as the note's "+" button does. */
  readonly placeDot: (noteId: string) => Promise<MyDots | null>
  /** Takes a dot back, as clicking one of one's dots does. */
  readonly removeDot: (noteId: string) => Promise<MyDots | null>
  /** Where a note is drawn, in canvas coordinates; null when it is not on the board. */
  readonly notePosition: (
    noteId: string,
  ) => { x: number; y: number; width: number; height: number } | null
  /** A canvas point in page coordinates (for clicking and dragging in tests). */
  readonly canvasToScreen: (x: number, y: number) => { x: number; y: number }
  /** The selected note or thread. */
  readonly selection: () => { kind: 'note' | 'thread'; id: string } | null
  /** The pan and zoom of the canvas. */
  readonly viewport: () => { x: number; y: number; scale: number }
  /** The board as a canvas or a list. */
  readonly displayMode: () => 'board' | 'list'
}

/** How long a removed handle stays in case the next room's stage installs its own. */
const HANDLE_LINGER_MS = 1_000

declare global {
  interface Window {
    __weave?: WeaveDebugHandle
  }
}

/**
 * Exposes the board to tests; returns a function that removes it again. `getStage` gives the
 * canvas while there is one (the list view has none).
 */
export function installDebugHandle(
  getStage: () => Konva.Stage | null,
  session: BoardSession,
): () => void {
  function stage(): Konva.Stage {
    const current = getStage()
    if (!current) throw new Error('The board is shown as a list: there is no canvas.')
    return current
  }
  const handle: WeaveDebugHandle = {
    stage,
    roomId: () => session.roomId,
    roomName: () => {
      const entry = session.control.rooms.get().find((room) => room.id === session.roomId)
      const known = session.info.rooms.find((room) => room.roomId === session.roomId)
      return entry?.name ?? known?.name ?? ''
    },
    notes: () => session.notes.get(),
    selection: () => session.view.selection.get(),
    viewport: () => session.view.viewport.get(),
    displayMode: () => session.workshop.displayMode.get(),
    draftNotes: () => session.drafts.notes.get(),
    threads: () => session.threads.get(),
    round: () => session.control.round.get(),
    vote: () => session.control.vote.get(),
    myDots: () => session.myDots.get(),
    serverOffset: () => session.clock.offset.get(),
    placeDot: (noteId) => placeDot(session, noteId),
    removeDot: (noteId) => removeDot(session, noteId),
    notePosition(noteId) {
      const note = session.allNotes.get().find((item) => item.id === noteId)
      return note ? noteRect(note, session.lanes.get()) : null
    },
    canvasToScreen(x, y) {
      const bounds = stage().container().getBoundingClientRect()
      const point = canvasToScreen(session.view.viewport.get(), { x, y })
      return { x: bounds.left + window.scrollX + point.x, y: bounds.top + window.scrollY + point.y }
    },
  }
  window.__weave = handle
  return () => {
    // A room switch remounts the stage: keep answering (for the room being left) until the new
    // room's handle replaces this one, so tests polling `__weave.roomId()` never see it missing.
    setTimeout(() => {
      if (window.__weave === handle) delete window.__weave
    }, HANDLE_LINGER_MS)
  }
}
