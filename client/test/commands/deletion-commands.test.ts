import { describe, expect, it } from 'vitest'
import { deleteWorkshopForGood } from '../../src/commands/deletion-commands'
import { laterStrings } from '../../src/i18n/strings-later'
import { takeHomeNotice } from '../../src/session/home-notice'
import { loadToken, saveToken } from '../../src/session/token-store'
import { stubBrowserPage } from '../fakes/browser'
import { fakeBoardPerTest } from '../fakes/fake-board-session'

const openBoard = fakeBoardPerTest()

const route = 'DELETE /api/workshops/w1'

describe('deleting the workshop (facilitators)', () => {
  it('sends the typed title, forgets the workshop here and goes to the start page, which says so', async () => {
    const page = stubBrowserPage()
    const board = await openBoard({ role: 'facilitator' })
    saveToken('w1', 'token-p-maya')
    board.api.answer(route, { deleted: true })
    expect(await deleteWorkshopForGood(board.session, 'Summit', 'Summit')).toBe(true)
    expect(board.api.requests[0]).toMatchObject({
      body: { confirm: 'Summit' },
      token: 'token-p-maya',
    })
    expect(board.copiesClosed()).toBe(1)
    expect(loadToken('w1')).toBeNull()
    expect(page.visited).toEqual(['/'])
    expect(takeHomeNotice()).toBe(laterStrings.deletion.done('Summit'))
  })

  it('stays on the board, keeping everything, and shows the server’s reason when refused', async () => {
    const page = stubBrowserPage()
    const board = await openBoard({ role: 'facilitator' })
    saveToken('w1', 'token-p-maya')
    const message = 'Type the workshop title exactly to confirm the deletion.'
    board.api.refuse(route, 400, 'confirmation_mismatch', message)
    expect(await deleteWorkshopForGood(board.session, 'Summit', 'Sumit')).toBe(false)
    expect(board.session.view.notice.get()).toBe(message)
    expect(board.copiesClosed()).toBe(0)
    expect(loadToken('w1')).toBe('token-p-maya')
    expect(page.visited).toEqual([])
    expect(takeHomeNotice()).toBeNull()
  })
})
