import type { RoomConnection } from './types.js'

/** A connection's update that arrived while the document was being rebuilt: applied right after. */
export interface DeferredUpdate {
  readonly conn: RoomConnection
  readonly update: Uint8Array
}

/** Where a room is in its life. Only `createRoomLife` moves it from one phase to the next. */
export type RoomLife =
  /** Reading the store; other instances' updates wait in `backlog`. */
  | { readonly phase: 'loading'; readonly backlog: Uint8Array[] }
  /** The document is whole and current. */
  | { readonly phase: 'live' }
  /** Reloading after a stored update failed to apply; updates wait until `done`. */
  | {
      readonly phase: 'rebuilding'
      readonly done: Promise<void>
      readonly backlog: Uint8Array[]
      readonly deferred: DeferredUpdate[]
    }
  /** Freed (or failed to load): absorbs nothing more. */
  | { readonly phase: 'unloaded' }
  /** The workshop was deleted: nothing of this room reaches the store again. Final. */
  | { readonly phase: 'discarded' }

export type RoomPhase = RoomLife['phase']

/** What was held back while the document was not live, to apply now that it is. */
export interface HeldUpdates {
  readonly backlog: readonly Uint8Array[]
  readonly deferred: readonly DeferredUpdate[]
}

/** A room's lifecycle: every allowed transition, each refusing the phases it cannot come from. */
export interface RoomLifecycle {
  readonly phase: RoomPhase
  /** The document may be read as current and compacted; stored updates apply at once. */
  readonly live: boolean
  /** False once discarded: a deleted workshop's room writes nothing more. */
  readonly mayPersist: boolean
  /** The rebuild under way, or null. */
  readonly rebuild: Promise<void> | null
  /** loading → live; returns the backlog to apply, or null if the room was closed meanwhile. */
  loaded(): readonly Uint8Array[] | null
  /** loading → unloaded (a room closed meanwhile stays as it is). */
  loadFailed(): void
  /**
   * live → rebuilding, running `reload` (which must call `rebuilt` after its first await).
   * False, and nothing run, from any other phase: one rebuild at a time, and only of a live room.
   */
  startRebuild(reload: () => Promise<void>): boolean
  /** rebuilding → live; returns what was held back, or null if the room was closed meanwhile. */
  rebuilt(): HeldUpdates | null
  /** True when `update` (stored by another instance) applies now; else it is held or dropped. */
  offerDurable(update: Uint8Array): boolean
  /** True when a connection's update is held for after the rebuild under way. */
  deferUpdate(deferred: DeferredUpdate): boolean
  /** Any phase → unloaded, except discarded, which stays discarded (and so never persists). */
  unload(): void
  /** Any phase → discarded. */
  discard(): void
}

/** Creates the lifecycle of a room that starts loading now. */
export function createRoomLife(): RoomLifecycle {
  let life: RoomLife = { phase: 'loading', backlog: [] }

  const refuse = (transition: string): never => {
    throw new Error(`room lifecycle: cannot ${transition} while ${life.phase}`)
  }
  const closed = () => life.phase === 'unloaded' || life.phase === 'discarded'

  return {
    get phase() {
      return life.phase
    },
    get live() {
      return life.phase === 'live'
    },
    get mayPersist() {
      return life.phase !== 'discarded'
    },
    get rebuild() {
      return life.phase === 'rebuilding' ? life.done : null
    },
    loaded() {
      if (closed()) return null
      if (life.phase !== 'loading') return refuse('finish loading')
      const { backlog } = life
      life = { phase: 'live' }
      return backlog
    },
    loadFailed() {
      if (closed()) return
      if (life.phase !== 'loading') return refuse('fail to load')
      life = { phase: 'unloaded' }
    },
    startRebuild(reload) {
      if (life.phase !== 'live') return false
      // `reload` only reaches `rebuilt` after an await, by when the phase below is set.
      life = { phase: 'rebuilding', done: reload(), backlog: [], deferred: [] }
      return true
    },
    rebuilt() {
      if (closed()) return null
      if (life.phase !== 'rebuilding') return refuse('finish a rebuild')
      const { backlog, deferred } = life
      life = { phase: 'live' }
      return { backlog, deferred }
    },
    offerDurable(update) {
      if (life.phase === 'live') return true
      if (life.phase === 'loading' || life.phase === 'rebuilding') life.backlog.push(update)
      return false
    },
    deferUpdate(deferred) {
      if (life.phase !== 'rebuilding') return false
      life.deferred.push(deferred)
      return true
    },
    unload() {
      if (life.phase !== 'discarded') life = { phase: 'unloaded' }
    },
    discard() {
      life = { phase: 'discarded' }
    },
  }
}
