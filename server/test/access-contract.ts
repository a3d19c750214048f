import { expect, it } from 'vitest'
import type { Store } from '../src/store/types.js'

/** Connect tickets and removed participants: part of the store contract (store-contract.ts). */
export function accessContract(open: () => Promise<Store>): void {
  const workshop = { id: 'wshop0001', title: 'T', joinCode: 'A1', observerCode: 'B2', createdAt: 1 }
  const creator = {
    id: 'fac0000001',
    workshopId: 'wshop0001',
    role: 'facilitator' as const,
    displayName: 'F',
    sector: null,
    createdAt: 1,
  }
  const ticket = {
    hash: 'a'.repeat(64),
    workshopId: 'wshop0001',
    principalJson: '{"participantId":"p1"}',
    docName: 'wshop0001.control',
    expiresAt: 1_000,
  }

  it('hands out a connect ticket once, and never after it expired', async () => {
    const store = await open()
    await store.createWorkshop(workshop, [], creator, [])
    await store.saveConnectTicket(ticket, 0)
    await store.saveConnectTicket({ ...ticket, hash: 'b'.repeat(64), docName: null }, 0)
    // Redeemed concurrently: exactly one caller gets it.
    const takes = await Promise.all([
      store.takeConnectTicket(ticket.hash, 500),
      store.takeConnectTicket(ticket.hash, 500),
    ])
    expect(takes.filter((taken) => taken !== null)).toEqual([ticket])
    expect(await store.takeConnectTicket(ticket.hash, 500)).toBeNull()
    expect(await store.takeConnectTicket('b'.repeat(64), 1_000)).toBeNull()
    expect(await store.takeConnectTicket('c'.repeat(64), 0)).toBeNull()
    await store.close()
  })

  it('records removed participants once', async () => {
    const store = await open()
    await store.createWorkshop(workshop, [], creator, [])
    expect(await store.isParticipantRemoved('p1')).toBe(false)
    expect(await store.removeParticipant('wshop0001', 'p1', 5)).toBe(true)
    expect(await store.removeParticipant('wshop0001', 'p1', 6)).toBe(false)
    expect(await store.isParticipantRemoved('p1')).toBe(true)
    expect(await store.isParticipantRemoved('p2')).toBe(false)
    expect(await store.listRemovedParticipants('wshop0001')).toEqual([
      { participantId: 'p1', removedAt: 5 },
    ])
    await store.close()
  })
}
