import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Store } from '../src/store/types.js'
import { accessContract } from './access-contract.js'
import { retentionContract } from './retention-contract.js'

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
    const creator2 = {
      id: 'fac0000002',
      workshopId: 'wshop0002',
      role: 'facilitator' as const,
      displayName: null,
      sector: null,
      createdAt: 2,
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
      expect(await store.listRooms('wshop0001')).toEqual([{ ...room, closed: false }])
      expect(await store.getRoom('wshop0001', 'room000001')).toEqual({ ...room, closed: false })
      await store.addRooms([{ ...room, id: 'room000002', name: 'Room 1', position: 1 }])
      await store.renameRoom('wshop0001', 'room000002', 'Hope')
      await store.closeRoom('wshop0001', 'room000002')
      expect((await store.listRooms('wshop0001')).map((r) => [r.name, r.closed])).toEqual([
        ['Main room', false],
        ['Hope', true],
      ])
      expect((await store.listParticipants('wshop0001')).map((p) => p.id)).toEqual(['fac0000001'])
      expect(await store.getRoom('wshop0001', 'nope')).toBeNull()
      expect(await store.getParticipant('fac0000001')).toEqual(creator)
      expect((await store.loadDoc('wshop0001.control')).updates).toHaveLength(1)
      await expect(store.createWorkshop(workshop, [room], creator, [])).rejects.toThrow()
      expect(await store.getWorkshop('missing')).toBeNull()
      await store.createWorkshop({ ...workshop, id: 'wshop0002', createdAt: 2 }, [], creator2, [])
      expect((await store.listWorkshops()).map((w) => w.id)).toEqual(['wshop0001', 'wshop0002'])
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

    it('compacts exclusively: concurrent compactions and appends never lose an update', async () => {
      const store = await open()
      const doc = new Y.Doc()
      const updates: Uint8Array[] = []
      doc.on('update', (u: Uint8Array) => updates.push(u))
      for (let i = 0; i < 60; i++) doc.getArray<number>('a').push([i])
      // What a compactor does: replay everything stored into one state.
      const fold = (stored: { updates: Uint8Array[] }) => {
        const replay = new Y.Doc()
        for (const u of stored.updates) Y.applyUpdate(replay, u)
        return Y.encodeStateAsUpdate(replay)
      }
      const work: Array<Promise<unknown>> = []
      for (let batch = 0; batch < 6; batch++) {
        work.push(store.appendUpdates('d', updates.slice(batch * 10, batch * 10 + 10)))
        work.push(store.compactExclusive('d', fold))
      }
      const results = await Promise.all(work)
      expect(results.some((result) => result === true)).toBe(true)
      expect(await store.compactExclusive('d', fold)).toBe(true)
      const loaded = await store.loadDoc('d')
      expect(loaded.pendingCount).toBe(0)
      const replay = new Y.Doc()
      for (const u of loaded.updates) Y.applyUpdate(replay, u)
      expect(replay.getArray('a').toArray()).toHaveLength(60)
      await store.close()
    })

    it('claims a once-only key for exactly one caller', async () => {
      const store = await open()
      const claims = await Promise.all([1, 2, 3].map((at) => store.claimOnce('round-ended:r1', at)))
      expect(claims.filter(Boolean)).toHaveLength(1)
      expect(await store.claimOnce('round-ended:r1', 4)).toBe(false)
      expect(await store.claimOnce('round-ended:r2', 4)).toBe(true)
      await store.close()
    })

    it('lists documents by name prefix', async () => {
      const store = await open()
      await store.appendUpdates('w1.draft.r1.p1', [new Uint8Array([0, 0])])
      await store.appendUpdates('w1.draft.r1.p2', [new Uint8Array([0, 0])])
      await store.appendUpdates('w1.draft.r2.p1', [new Uint8Array([0, 0])])
      await store.compactDoc(
        'w1.draft.r1.p2',
        new Uint8Array([0, 0]),
        await store.latestSeq('w1.draft.r1.p2'),
      )
      expect(await store.listDocNames('w1.draft.r1.')).toEqual(['w1.draft.r1.p1', 'w1.draft.r1.p2'])
      expect(await store.listDocNames('w1.draft.r1%')).toEqual([])
      await store.close()
    })

    it('keeps dot votes private per participant and enforces the limit', async () => {
      const store = await open()
      await store.createWorkshop(workshop, [room], creator, [])
      const vote = {
        id: 'vote1',
        workshopId: 'wshop0001',
        dotsPerPerson: 2,
        roundId: null,
        status: 'open' as const,
        openedAt: 5,
        closedAt: null,
      }
      await store.openVote(vote)
      expect(await store.getOpenVote('wshop0001')).toEqual(vote)
      const dot = (noteId: string) => ({ roomId: 'room000001', noteId })
      expect(await store.placeDot('vote1', 'ana', dot('n1'), 2, 6)).toBe(true)
      expect(await store.placeDot('vote1', 'ana', dot('n1'), 2, 7)).toBe(true)
      expect(await store.placeDot('vote1', 'ana', dot('n2'), 2, 8)).toBe(false)
      expect(await store.placeDot('vote1', 'ben', dot('n2'), 2, 8)).toBe(true)
      expect(await store.removeDot('vote1', 'ana', dot('n1'))).toBe(true)
      expect(await store.removeDot('vote1', 'ana', dot('n9'))).toBe(false)
      expect(await store.listDots('vote1', 'ana')).toEqual([dot('n1')])
      expect(await store.closeVote('vote1', 9)).toEqual({ n1: 1, n2: 1 })
      expect(await store.getOpenVote('wshop0001')).toBeNull()
      await store.openVote({ ...vote, id: 'vote2' })
      await store.openVote({ ...vote, id: 'vote3' })
      expect((await store.getOpenVote('wshop0001'))?.id).toBe('vote3')
      expect((await store.listVotes('wshop0001')).map((v) => [v.id, v.status])).toEqual([
        ['vote1', 'closed'],
        ['vote2', 'closed'],
        ['vote3', 'open'],
      ])
      expect(await store.listVoteDots('vote1')).toEqual([
        { participantId: 'ana', ...dot('n1'), createdAt: 6 },
        { participantId: 'ben', ...dot('n2'), createdAt: 8 },
      ])
      await store.close()
    })

    it('keeps snapshots immutable and lists them without their state', async () => {
      const store = await open()
      await store.createWorkshop(workshop, [room], creator, [])
      const snapshot = {
        id: 'snap00001',
        workshopId: 'wshop0001',
        roomId: 'room000001',
        name: 'After check-in',
        reason: 'round-end' as const,
        roundId: 'round1',
        takenBy: null,
        takenAt: 42,
        state: new Uint8Array([1, 2, 3]),
      }
      await store.saveSnapshot(snapshot)
      await expect(store.saveSnapshot(snapshot)).rejects.toThrow()
      const { state: _state, ...info } = snapshot
      expect(await store.listSnapshots('wshop0001')).toEqual([info])
      expect(await store.getSnapshot('snap00001')).toEqual(snapshot)
      expect(await store.getSnapshot('nope')).toBeNull()
      await store.close()
    })

    it('totals dots over closed votes and stores imported tallies', async () => {
      const store = await open()
      await store.createWorkshop(workshop, [room], creator, [])
      const vote = {
        id: 'vote1',
        workshopId: 'wshop0001',
        dotsPerPerson: 3,
        roundId: null,
        status: 'open' as const,
        openedAt: 1,
        closedAt: null,
      }
      await store.openVote(vote)
      const dot = { roomId: 'room000001', noteId: 'n1' }
      await store.placeDot('vote1', 'p1', dot, 3, 2)
      await store.placeDot('vote1', 'p2', dot, 3, 2)
      // Open votes are secret: nothing is totalled until the vote closes.
      expect(await store.dotTotals('wshop0001')).toEqual([])
      await store.closeVote('vote1', 3)
      await store.importVote({ ...vote, id: 'vote2', status: 'closed', closedAt: 4 }, [
        { roomId: 'room000001', noteId: 'n1', dots: 1 },
        { roomId: 'room000001', noteId: 'n2', dots: 4 },
      ])
      expect(await store.dotTotals('wshop0001')).toEqual([
        { roomId: 'room000001', noteId: 'n1', dots: 3 },
        { roomId: 'room000001', noteId: 'n2', dots: 4 },
      ])
      await store.close()
    })

    it('keeps a codebook: themes, codes and codings, with deletes that cascade sensibly', async () => {
      const store = await open()
      await store.createWorkshop(workshop, [room], creator, [])
      const theme = {
        id: 'theme0001',
        workshopId: 'wshop0001',
        name: 'Trust',
        description: 'Relationships first',
        color: '#1d4ed8',
        createdAt: 1,
      }
      const code = {
        id: 'code00001',
        workshopId: 'wshop0001',
        themeId: 'theme0001',
        name: 'Warm hand-off',
        description: '',
        createdAt: 2,
      }
      await store.saveTheme(theme)
      await store.saveTheme({ ...theme, name: 'Trust & safety' })
      await store.saveCode(code)
      await store.saveCode({ ...code, id: 'code00002', name: 'Waitlists', createdAt: 3 })
      expect((await store.listThemes('wshop0001')).map((t) => t.name)).toEqual(['Trust & safety'])
      const coding = { roomId: 'room000001', noteId: 'n1', codeId: 'code00001' }
      await store.applyCodings('wshop0001', [coding, coding, { ...coding, codeId: 'code00002' }])
      expect(await store.listCodings('wshop0001')).toEqual([
        coding,
        { ...coding, codeId: 'code00002' },
      ])
      await store.removeCodings('wshop0001', [{ ...coding, codeId: 'code00002' }])
      expect(await store.listCodings('wshop0001')).toEqual([coding])
      expect(await store.deleteTheme('wshop0001', 'theme0001')).toBe(true)
      expect((await store.listCodes('wshop0001')).map((c) => c.themeId)).toEqual([null, null])
      expect(await store.deleteCode('wshop0001', 'code00001')).toBe(true)
      expect(await store.deleteCode('wshop0001', 'code00001')).toBe(false)
      expect(await store.listCodings('wshop0001')).toEqual([])
      await store.close()
    })

    accessContract(open)
    retentionContract(open)
  })
}
