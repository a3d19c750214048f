import { describe, expect, it } from 'vitest'
import { leaveWorkshop } from '../../src/commands/leave-commands'
import { loadToken, saveToken } from '../../src/session/token-store'
import { stubBrowserPage } from '../fakes/browser'
import { fakeBoardPerTest } from '../fakes/fake-board-session'

const openBoard = fakeBoardPerTest()

describe('logging out on this device', () => {
  it('closes the board copies, forgets the workshop here and loads the start page', async () => {
    const page = stubBrowserPage()
    const board = await openBoard()
    saveToken('w1', 'token-p-maya')
    saveToken('w2', 'another workshop')
    await leaveWorkshop(board.session)
    expect(board.copiesClosed()).toBe(1)
    expect(loadToken('w1')).toBeNull()
    expect(loadToken('w2')).toBe('another workshop')
    expect(page.visited).toEqual(['/'])
  })
})
