import { afterEach, describe, expect, it } from 'vitest'
import { laneLeft, setAttention } from '@weave/shared'
import { installAttentionSync } from '../../src/commands/attention-sync'
import { fakeBoardPerTest } from '../fakes/fake-board-session'
import { noteElsewhere } from '../fakes/elsewhere'
import { peerElsewhere } from '../fakes/fake-peers'

const openBoard = fakeBoardPerTest()
let stop: () => void = () => undefined
afterEach(() => stop())

const lead = { participantId: 'p-fac', name: 'Fatima' }
const fatima = { ...lead, sector: null, role: 'facilitator' as const, color: '#000000' }

describe('following the facilitator’s guidance', () => {
  it('follows the leader’s view from the start, until moving on one’s own', async () => {
    const board = await openBoard()
    board.elsewhereInControl((doc) => setAttention(doc, { follow: lead }))
    const leader = peerElsewhere(board.session, fatima)
    stop = installAttentionSync(board.session)
    expect(board.session.view.following.get()).toBe(true)
    leader.show({ viewport: { x: 100, y: 50, scale: 2 } })
    expect(board.session.view.viewport.get()).toEqual({ x: -200, y: -100, scale: 2 })
    board.session.view.following.set(false)
    leader.show({ viewport: { x: 0, y: 0, scale: 1 } })
    expect(board.session.view.viewport.get()).toEqual({ x: -200, y: -100, scale: 2 })
    leader.leave()
  })

  it('publishes this facilitator’s view while leading, and stops', async () => {
    const board = await openBoard({ role: 'facilitator' })
    stop = installAttentionSync(board.session)
    board.session.view.viewport.set({ x: -50, y: -20, scale: 1 })
    board.elsewhereInControl((doc) =>
      setAttention(doc, { follow: { participantId: 'p-maya', name: 'Maya' } }),
    )
    expect(board.session.awareness.getLocalState()?.viewport).toEqual({ x: 50, y: 20, scale: 1 })
    expect(board.session.view.following.get()).toBe(false)
    board.elsewhereInControl((doc) => setAttention(doc, { follow: null }))
    expect(board.session.awareness.getLocalState()?.viewport).toBeNull()
  })

  it('jumps once to a fresh summon, never to an old one', async () => {
    const board = await openBoard({ now: 500_000 })
    stop = installAttentionSync(board.session)
    board.session.view.following.set(true)
    const viewport = { x: 10, y: 20, scale: 0.5 }
    board.elsewhereInControl((doc) => setAttention(doc, { summon: { viewport, at: 400_000 } }))
    expect(board.session.view.viewport.get()).toEqual({ x: 24, y: 24, scale: 1 })
    board.elsewhereInControl((doc) => setAttention(doc, { summon: { viewport, at: 490_000 } }))
    expect(board.session.view.viewport.get()).toEqual({ x: -5, y: -10, scale: 0.5 })
    expect(board.session.view.following.get()).toBe(false)
  })

  it('centres once on each new spotlight', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board, { laneId: 'education', x: 0, y: 0, width: 200, height: 100 })
    board.session.view.screenSize.set({ width: 1000, height: 600 })
    stop = installAttentionSync(board.session)
    board.elsewhereInControl((doc) => setAttention(doc, { spotlight: id }))
    const x = laneLeft(1) + 100
    expect(board.session.view.viewport.get()).toEqual({ x: 500 - x, y: 300 - 50, scale: 1 })
  })
})
