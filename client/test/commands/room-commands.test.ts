import { describe, expect, it } from 'vitest'
import {
  dismissArrival,
  dismissBroadcast,
  showFullOverview,
  visitRoom,
} from '../../src/commands/room-commands'
import { fakeBoardPerTest } from '../fakes/fake-board-session'
import { fakeNavigator } from '../fakes/fake-navigator'

const openBoard = fakeBoardPerTest()

describe('rooms', () => {
  it('opens another room, closes the arrival notice and the broadcast, and spreads the overview', async () => {
    const board = await openBoard({ role: 'facilitator' })
    const navigator = fakeNavigator(board.session)
    visitRoom(navigator, 'room-b')
    expect(navigator.visits).toEqual(['room-b'])
    navigator.arrival.set({ roomId: 'room-b', main: false, at: 1 })
    dismissArrival(navigator)
    expect(navigator.arrival.get()).toBeNull()
    dismissBroadcast(navigator, 1234)
    expect(navigator.dismissedMessageAt.get()).toBe(1234)
    showFullOverview(board.session, true)
    expect(board.session.view.overviewFull.get()).toBe(true)
    showFullOverview(board.session, false)
    expect(board.session.view.overviewFull.get()).toBe(false)
  })
})
