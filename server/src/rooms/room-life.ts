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

/**
 * A room's lifecycle: every allowed transition, each refusing the phases it cannot come from. A
 * class rather than a factory: every loaded document has one, and methods on the prototype cost a
 * room nothing (closures cost ~1 KB a room, measured with `pnpm bench memory`).
 */
export class RoomLifecycle {
  #life: RoomLife = { phase: 'loading', backlog: [] }

  get phase(): RoomPhase {
    return this.#life.phase
  }

  /** The document may be read as current and compacted; stored updates apply at once. */
  get live(): boolean {
    return this.#life.phase === 'live'
  }

  /** False once discarded: a deleted workshop's room writes nothing more. */
  get mayPersist(): boolean {
    return this.#life.phase !== 'discarded'
  }

  /** The rebuild under way, or null. */
  get rebuild(): Promise<void> | null {
    return this.#life.phase === 'rebuilding' ? this.#life.done : null
  }

  /** loading → live; returns the backlog to apply, or null if the room was closed meanwhile. */
  loaded(): readonly Uint8Array[] | null {
    const life = this.#life
    if (this.#closed()) return null
    if (life.phase !== 'loading') return this.#refuse('finish loading')
    this.#life = { phase: 'live' }
    return life.backlog
  }

  /** loading → unloaded (a room closed meanwhile stays as it is). */
  loadFailed(): void {
    if (this.#closed()) return
    if (this.#life.phase !== 'loading') this.#refuse('fail to load')
    this.#life = { phase: 'unloaded' }
  }

  /**
   * live → rebuilding, running `reload` (which must call `rebuilt` after its first await).
   * False, and nothing run, from any other phase: one rebuild at a time, and only of a live room.
   */
  startRebuild(reload: () => Promise<void>): boolean {
    if (this.#life.phase !== 'live') return false
    // `reload` only reaches `rebuilt` after an await, by when the phase below is set.
    this.#life = { phase: 'rebuilding', done: reload(), backlog: [], deferred: [] }
    return true
  }

  /** rebuilding → live; returns what was held back, or null if the room was closed meanwhile. */
  rebuilt(): HeldUpdates | null {
    const life = this.#life
    if (this.#closed()) return null
    if (life.phase !== 'rebuilding') return this.#refuse('finish a rebuild')
    this.#life = { phase: 'live' }
    return { backlog: life.backlog, deferred: life.deferred }
  }

  /** True when `update` (stored by another instance) applies now; else it is held or dropped. */
  offerDurable(update: Uint8Array): boolean {
    const life = this.#life
    if (life.phase === 'live') return true
    if (life.phase === 'loading' || life.phase === 'rebuilding') life.backlog.push(update)
    return false
  }

  /** True when a connection's update is held for after the rebuild under way. */
  deferUpdate(deferred: DeferredUpdate): boolean {
    const life = this.#life
    if (life.phase !== 'rebuilding') return false
    life.deferred.push(deferred)
    return true
  }

  /** Any phase → unloaded, except discarded, which stays discarded (and so never persists). */
  unload(): void {
    if (this.#life.phase !== 'discarded') this.#life = { phase: 'unloaded' }
  }

  /** Any phase → discarded. */
  discard(): void {
    this.#life = { phase: 'discarded' }
  }

  #closed(): boolean {
    return this.#life.phase === 'unloaded' || this.#life.phase === 'discarded'
  }

  #refuse(transition: string): never {
    throw new Error(`room lifecycle: cannot ${transition} while ${this.#life.phase}`)
  }
}

/** Creates the lifecycle of a room that starts loading now. */
export function createRoomLife(): RoomLifecycle {
  return new RoomLifecycle()
}
