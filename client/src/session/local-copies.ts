import type * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { IndexeddbPersistence, storeState } from 'y-indexeddb'
import { CloseCode } from '@weave/shared'
import {
  databaseName,
  deleteDatabase,
  loadUnsent,
  rememberDatabase,
  setUnsent,
} from './device-data'
import { createValueStore, type ReadableStore } from './store'

/** A device copy that has not loaded by then (a stuck IndexedDB) no longer holds the board up. */
const LOCAL_LOAD_WAIT_MS = 3_000
/** The longest a copy waits for the page to be idle before it opens anyway. */
const IDLE_WAIT_MS = 1_000

/** Runs `work` when the page is next idle (at most IDLE_WAIT_MS from now). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(work, { timeout: IDLE_WAIT_MS })
  else setTimeout(work, 0)
}

/**
 * The board documents this person has open, kept in IndexedDB so edits made offline survive a
 * reload and go to the server when the connection is back. Only one's own documents are kept
 * (control, rooms one is in, one's own draft): the facilitators' overview of other rooms is not.
 */
export interface LocalCopies {
  /**
   * Keeps `doc` on this device as `docName`; resolves once the device copy is in the document
   * (or after a short wait). Closed when the document is destroyed.
   */
  readonly keep: (doc: Y.Doc, docName: string, provider: WebsocketProvider) => Promise<void>
  /** True while edits made on this device have not reached the server yet. */
  readonly unsent: ReadableStore<boolean>
  /** Stops writing to the device (before log out deletes the databases). */
  readonly closeAll: () => Promise<void>
}

/**
 * The device copies of one person in one workshop. With `openWhenIdle` (the board came from the
 * server), each copy opens once the page is idle rather than at once: opening writes the whole
 * board to IndexedDB (0.1 s for 300 notes in the slow-network test's Chromium), which nobody should wait
 * for before the board shows; edits are kept from the first moment either way (the copy stores
 * the document as it is when it opens), and what an earlier visit left unsent merges when it does.
 */
export function createLocalCopies(
  workshopId: string,
  participantId: string,
  openWhenIdle = false,
): LocalCopies {
  const unsent = createValueStore(loadUnsent(workshopId, participantId).length > 0)
  const open = new Set<IndexeddbPersistence>()
  const stops = new Set<() => void>()

  function mark(name: string, pending: boolean): void {
    setUnsent(workshopId, name, pending)
    unsent.set(loadUnsent(workshopId, participantId).length > 0)
  }

  function keep(doc: Y.Doc, docName: string, provider: WebsocketProvider): Promise<void> {
    if (typeof indexedDB === 'undefined') return Promise.resolve()
    const name = databaseName(participantId, docName)
    rememberDatabase(workshopId, name)
    let persistence: IndexeddbPersistence | null = null
    let stopped = false

    // y-websocket sends an edit at once only while connected and synced; otherwise it goes with
    // the next sync, so until then it exists only here. A socket can look open for a while after
    // the network went (y-websocket notices after 30 s of silence): the browser's word counts too.
    function onUpdate(_update: Uint8Array, origin: unknown): void {
      if (origin === provider || (origin !== null && origin === persistence)) return
      if (!(navigator.onLine && provider.wsconnected && provider.synced)) mark(name, true)
    }
    // The stored log keeps the text of deleted notes (someone else's note a facilitator
    // removed...); one folded state does not. Folded when loaded and after each sync.
    function fold(): void {
      if (persistence?.synced && open.has(persistence)) {
        void storeState(persistence, true).catch(() => {})
      }
    }
    // Synced means the client's answer to the server's sync step 1 (all it lacked) went out.
    function onSync(synced: boolean): void {
      if (!synced || !provider.wsconnected || !navigator.onLine) return
      mark(name, false)
      fold()
    }
    // Back online with edits waiting: the old socket may be dead (what was sent on it lost), so
    // start a fresh one, whose sync sends everything the server lacks.
    function onOnline(): void {
      // Not a provider stopped on purpose (a token the server no longer takes...).
      if (!provider.shouldConnect || !loadUnsent(workshopId, participantId).includes(name)) return
      provider.disconnect()
      provider.connect()
    }
    // A refused update stays in the copy and would be sent again after every reload: drop the
    // copy (the session is rebuilt from the server's state, as without one). The deletion is
    // queued before the rebuilt session opens the database again, so that one starts empty.
    function onClose(event: CloseEvent | null): void {
      if (event?.code !== CloseCode.refusedUpdate) return
      stop()
      void persistence?.destroy()
      void deleteDatabase(name).catch(() => {})
      mark(name, false)
    }
    function stop(): void {
      stopped = true
      doc.off('update', onUpdate)
      doc.off('destroy', stop)
      provider.off('sync', onSync)
      provider.off('connection-close', onClose)
      window.removeEventListener('online', onOnline)
      if (persistence) open.delete(persistence)
      stops.delete(stop)
    }
    doc.on('update', onUpdate)
    doc.on('destroy', stop)
    provider.on('sync', onSync)
    provider.on('connection-close', onClose)
    window.addEventListener('online', onOnline)
    stops.add(stop)

    const loaded = new Promise<void>((resolve) => {
      function openCopy(): void {
        if (stopped) return resolve()
        const opened = new IndexeddbPersistence(name, doc)
        persistence = opened
        open.add(opened)
        const timer = setTimeout(resolve, LOCAL_LOAD_WAIT_MS)
        void opened.whenSynced.then(() => {
          clearTimeout(timer)
          resolve()
          fold()
        })
      }
      if (openWhenIdle) whenIdle(openCopy)
      else openCopy()
    })
    return openWhenIdle ? Promise.resolve() : loaded
  }

  async function closeAll(): Promise<void> {
    const closing = [...open].map((persistence) => persistence.destroy())
    for (const stop of [...stops]) stop()
    await Promise.all(closing)
  }

  // Nothing to destroy: each copy closes with its document (a room left while offline keeps
  // its copy, and its tracking, for as long as it tries to send its last edits).
  return { keep, unsent, closeAll }
}
