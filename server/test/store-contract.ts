import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Store } from '../src/store/types.js'

/**
 * The behaviour every store must have. Run against each backend (SQLite now; PostgreSQL later)
 * with a factory that returns a fresh, empty store.
 */
export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    const workshop = {
      id: 'wshop0001',
      title: 'T',
      joinCode: 'AAAA1111',
      observerCode: 'BBBB2222',
      createdAt: 1,
    }
    const room = {
      id: 'room000001',
      workshopId: 'wshop0001',
      name: 'Main room',
      position: 0,
      createdAt: 1,
    }
    const creator = {
      id: 'fac0000001',
      workshopId: 'wshop0001',
      role: 'facilitator' as const,
      displayName: 'F',
      sector: null,
      createdAt: 1,
    }

    it('creates a workshop with its rooms, creator and initial documents atomically', async () => {
      const store = await open()
      await store.createWorkshop(workshop, [room], creator, [
        { docName: 'wshop0001.control', update: new Uint8Array([0, 0]) },
      ])
      expect(await store.getWorkshop('wshop0001')).toEqual(workshop)
      expect(await store.listRooms('wshop0001')).toEqual([room])
      expect(await store.getRoom('wshop0001', 'room000001')).toEqual(room)
      expect(await store.getRoom('wshop0001', 'nope')).toBeNull()
      expect(await store.getParticipant('fac0000001')).toEqual(creator)
      expect((await store.loadDoc('wshop0001.control')).updates).toHaveLength(1)
      await expect(store.createWorkshop(workshop, [room], creator, [])).rejects.toThrow()
      expect(await store.getWorkshop('missing')).toBeNull()
      await store.close()
    })

    it('appends updates in order and compacts them into one state', async () => {
      const store = await open()
      const doc = new Y.Doc()
      const updates: Uint8Array[] = []
      doc.on('update', (u: Uint8Array) => updates.push(u))
      for (let i = 0; i < 5; i++) doc.getArray<number>('a').push([i])
      await store.appendUpdates('d', updates.slice(0, 3))
      await store.appendUpdates('d', updates.slice(3))
      const loaded = await store.loadDoc('d')
      expect(loaded.updates).toHaveLength(5)
      expect(loaded.pendingCount).toBe(5)
      const replay = new Y.Doc()
      for (const u of loaded.updates) Y.applyUpdate(replay, u)
      expect(replay.getArray('a').toArray()).toEqual([0, 1, 2, 3, 4])

      const through = await store.latestSeq('d')
      await store.compactDoc('d', Y.encodeStateAsUpdate(doc), through)
      doc.getArray<number>('a').push([5])
      await store.appendUpdates('d', updates.slice(5))
      const compacted = await store.loadDoc('d')
      expect(compacted.updates).toHaveLength(2)
      expect(compacted.pendingCount).toBe(1)
      const again = new Y.Doc()
      for (const u of compacted.updates) Y.applyUpdate(again, u)
      expect(again.getArray('a').toArray()).toEqual([0, 1, 2, 3, 4, 5])
      expect((await store.loadDoc('unknown')).updates).toEqual([])
      await store.close()
    })
  })
}
