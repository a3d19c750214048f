import { expect, it } from 'vitest'
import type { Store } from '../src/store/types.js'
import { fillWorkshop, type FilledWorkshop } from './workshop-fixture.js'

/** Everything a store reads back about a workshop, through its own interface. */
async function whatIsLeft(store: Store, w: FilledWorkshop) {
  return {
    workshop: await store.getWorkshop(w.workshopId),
    rooms: await store.listRooms(w.workshopId),
    participants: await store.listParticipants(w.workshopId),
    participant: await Promise.all(w.participantIds.map((id) => store.getParticipant(id))),
    docs: await Promise.all(w.docNames.map(async (name) => (await store.loadDoc(name)).updates)),
    docNames: await store.listDocNames(`${w.workshopId}.`),
    votes: await store.listVotes(w.workshopId),
    dots: await store.listVoteDots(w.voteId),
    hidden: await store.listHiddenNotes(w.workshopId),
    snapshots: await store.listSnapshots(w.workshopId),
    themes: await store.listThemes(w.workshopId),
    codes: await store.listCodes(w.workshopId),
    codings: await store.listCodings(w.workshopId),
    removed: await store.listRemovedParticipants(w.workshopId),
  }
}

/** Workshop deletion and retention: part of the store contract (store-contract.ts). */
export function retentionContract(open: () => Promise<Store>): void {
  it('deletes a workshop and everything of it, and leaves another workshop whole', async () => {
    const store = await open()
    const doomed = await fillWorkshop(store, '000001', 'doomed')
    const kept = await fillWorkshop(store, '000002', 'kept')
    const keptBefore = await whatIsLeft(store, kept)
    expect(await store.deleteWorkshop(doomed.workshopId)).toBe(true)
    expect(await whatIsLeft(store, doomed)).toEqual({
      workshop: null,
      rooms: [],
      participants: [],
      participant: [null, null],
      docs: [[], [], []],
      docNames: [],
      votes: [],
      dots: [],
      hidden: [],
      snapshots: [],
      themes: [],
      codes: [],
      codings: [],
      removed: [],
    })
    // The once-only key went with it (claimable again), the other workshop's did not.
    expect(await store.claimOnce(`${doomed.workshopId}:round-ended:r1:8:-`, 11)).toBe(true)
    expect(await store.claimOnce(`${kept.workshopId}:round-ended:r1:8:-`, 11)).toBe(false)
    expect(await whatIsLeft(store, kept)).toEqual(keptBefore)
    expect(keptBefore.docs.flat().length).toBeGreaterThan(0)
    await store.close()
  })

  it('deletes idempotently, and at the same time from two callers', async () => {
    const store = await open()
    const w = await fillWorkshop(store, '000003', 'twice')
    const results = await Promise.all([
      store.deleteWorkshop(w.workshopId),
      store.deleteWorkshop(w.workshopId),
    ])
    expect(results.filter(Boolean)).toHaveLength(1)
    expect(await store.deleteWorkshop(w.workshopId)).toBe(false)
    // Documents written after the row went (a late flush elsewhere) are still removed.
    await store.appendUpdates(`${w.workshopId}.room.x`, [new Uint8Array([0, 0])])
    expect(await store.deleteWorkshop(w.workshopId)).toBe(false)
    expect(await store.listDocNames(`${w.workshopId}.`)).toEqual([])
    await store.close()
  })

  it('does not touch documents of a workshop whose id starts like the deleted one', async () => {
    const store = await open()
    const w = await fillWorkshop(store, '000004', 'short')
    await store.appendUpdates(`${w.workshopId}0.control`, [new Uint8Array([0, 0])])
    await store.appendUpdates(`${w.workshopId}-x.control`, [new Uint8Array([0, 0])])
    await store.deleteWorkshop(w.workshopId)
    expect(await store.listDocNames(w.workshopId)).toEqual([
      `${w.workshopId}-x.control`,
      `${w.workshopId}0.control`,
    ])
    await store.close()
  })

  it('lists workshops closed at or before a time, and forgets a reopening', async () => {
    const store = await open()
    const a = await fillWorkshop(store, '000005', 'a')
    const b = await fillWorkshop(store, '000006', 'b')
    await fillWorkshop(store, '000007', 'c')
    await store.setWorkshopClosedAt(a.workshopId, 100)
    await store.setWorkshopClosedAt(b.workshopId, 50)
    await store.setWorkshopClosedAt('wshop000007', null)
    expect(await store.listClosedBefore(100)).toEqual([b.workshopId, a.workshopId])
    expect(await store.listClosedBefore(99)).toEqual([b.workshopId])
    await store.setWorkshopClosedAt(b.workshopId, null)
    expect(await store.listClosedBefore(1_000)).toEqual([a.workshopId])
    await store.close()
  })
}
