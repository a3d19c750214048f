import { describe, expect, it } from 'vitest'
import { runAction } from '../../src/commands/api-errors'
import { ApiRequestError } from '../../src/api/api-client'
import { strings } from '../../src/i18n/strings'
import { fakeBoardPerTest } from '../fakes/fake-board-session'

const openBoard = fakeBoardPerTest()

describe('server actions', () => {
  it('resolve to the result, or to null with the server’s sentence (or a general one) shown', async () => {
    const board = await openBoard()
    expect(await runAction(board.session, () => Promise.resolve(7))).toBe(7)
    expect(board.session.view.notice.get()).toBeNull()
    const refused = new ApiRequestError(409, 'refused', 'Not allowed now.')
    expect(await runAction(board.session, () => Promise.reject(refused))).toBeNull()
    expect(board.session.view.notice.get()).toBe('Not allowed now.')
    await runAction(board.session, () =>
      Promise.reject(new ApiRequestError(500, 'internal_error', '')),
    )
    expect(board.session.view.notice.get()).toBe(strings.errors.unexpected)
    board.session.view.notice.set(null)
    await runAction(board.session, () => Promise.reject(new TypeError('bug')))
    expect(board.session.view.notice.get()).toBe(strings.errors.unexpected)
  })
})
