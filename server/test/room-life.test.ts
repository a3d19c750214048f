import { describe, expect, it } from 'vitest'
import { createRoomLife, type RoomLifecycle } from '../src/rooms/room-life.js'
import type { RoomConnection } from '../src/rooms/types.js'

const conn: RoomConnection = {
  id: 1,
  principal: {
    workshopId: 'w1',
    participantId: 'f1',
    role: 'facilitator',
    name: 'F',
    sector: null,
  },
  send: () => {},
  close: () => {},
}
const update = (byte: number) => new Uint8Array([byte])

/** A lifecycle that finished loading. */
function live(): RoomLifecycle {
  const life = createRoomLife()
  life.loaded()
  return life
}

/** A live lifecycle with a rebuild under way, and the means to end that rebuild. */
function rebuilding(): { life: RoomLifecycle; finish: () => void } {
  const life = live()
  let finish = () => {}
  expect(life.startRebuild(() => new Promise<void>((resolve) => (finish = resolve)))).toBe(true)
  return { life, finish }
}

describe('the room lifecycle', () => {
  it('holds stored updates while loading and hands them over once live', () => {
    const life = createRoomLife()
    expect(life.phase).toBe('loading')
    expect(life.live).toBe(false)
    expect(life.offerDurable(update(1))).toBe(false)
    expect(life.offerDurable(update(2))).toBe(false)
    expect(life.loaded()).toEqual([update(1), update(2)])
    expect(life.phase).toBe('live')
    expect(life.live).toBe(true)
    expect(life.offerDurable(update(3))).toBe(true)
  })

  it('loads once: finishing or failing a load again is refused', () => {
    const life = live()
    expect(() => life.loaded()).toThrow(/cannot finish loading while live/)
    expect(() => life.loadFailed()).toThrow(/cannot fail to load while live/)
    expect(life.phase).toBe('live')
  })

  it('goes from loading to unloaded when the load fails', () => {
    const life = createRoomLife()
    life.loadFailed()
    expect(life.phase).toBe('unloaded')
    expect(life.offerDurable(update(1))).toBe(false)
  })

  it('leaves a room closed while loading closed when its load ends', () => {
    const unloaded = createRoomLife()
    unloaded.offerDurable(update(1))
    unloaded.unload()
    expect(unloaded.loaded()).toBeNull()
    expect(unloaded.phase).toBe('unloaded')
    const discarded = createRoomLife()
    discarded.discard()
    discarded.loadFailed()
    expect(discarded.phase).toBe('discarded')
  })

  it('rebuilds only a live room, one rebuild at a time', () => {
    const loading = createRoomLife()
    let runs = 0
    const reload = () => {
      runs++
      return Promise.resolve()
    }
    expect(loading.startRebuild(reload)).toBe(false)
    const { life } = rebuilding()
    expect(life.phase).toBe('rebuilding')
    expect(life.live).toBe(false)
    expect(life.rebuild).toBeInstanceOf(Promise)
    expect(life.startRebuild(reload)).toBe(false)
    expect(runs).toBe(0)
    expect(() => live().rebuilt()).toThrow(/cannot finish a rebuild while live/)
  })

  it('defers connections and holds stored updates during a rebuild, then hands them over', async () => {
    const { life, finish } = rebuilding()
    const done = life.rebuild
    expect(life.offerDurable(update(1))).toBe(false)
    expect(life.deferUpdate({ conn, update: update(2) })).toBe(true)
    finish()
    await done
    expect(life.rebuilt()).toEqual({
      backlog: [update(1)],
      deferred: [{ conn, update: update(2) }],
    })
    expect(life.phase).toBe('live')
    expect(life.rebuild).toBeNull()
    expect(life.deferUpdate({ conn, update: update(3) })).toBe(false)
  })

  it('drops what a rebuild held when the room closed meanwhile', () => {
    const { life } = rebuilding()
    life.offerDurable(update(1))
    life.discard()
    expect(life.rebuilt()).toBeNull()
    expect(life.phase).toBe('discarded')
  })

  it('absorbs nothing once unloaded', () => {
    const life = live()
    life.unload()
    expect(life.phase).toBe('unloaded')
    expect(life.live).toBe(false)
    expect(life.offerDurable(update(1))).toBe(false)
    expect(life.deferUpdate({ conn, update: update(2) })).toBe(false)
    expect(life.startRebuild(() => Promise.resolve())).toBe(false)
  })

  it('never persists once discarded, whatever comes after', () => {
    for (const life of [createRoomLife(), live(), rebuilding().life]) {
      expect(life.mayPersist).toBe(true)
      life.discard()
      expect(life.mayPersist).toBe(false)
      expect(life.live).toBe(false)
      expect(life.offerDurable(update(1))).toBe(false)
      // Unloading a discarded room does not make it a room that may write again.
      life.unload()
      expect(life.phase).toBe('discarded')
      expect(life.mayPersist).toBe(false)
      expect(life.loaded()).toBeNull()
      expect(life.startRebuild(() => Promise.resolve())).toBe(false)
    }
  })
})
