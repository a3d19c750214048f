import { describe, expect, it } from 'vitest'
import { removeParticipant } from '../../src/commands/removal-commands'
import { strings } from '../../src/i18n/strings'
import { fakeBoardPerTest } from '../fakes/fake-board-session'

const openBoard = fakeBoardPerTest()

const sam = { participantId: 'p-sam', name: 'Sam', sector: 'education', roomId: null }
const route = 'POST /api/workshops/w1/participants/p-sam/remove'

describe('removing someone (facilitators)', () => {
  it('asks the server and says who was removed (or that an anonymous person was)', async () => {
    const board = await openBoard({ role: 'facilitator' })
    board.api.answer(route, {})
    await removeParticipant(board.session, sam)
    expect(board.api.requests[0]).toMatchObject({ body: {}, token: 'token-p-maya' })
    expect(board.session.view.notice.get()).toBe(strings.breakouts.removed('Sam'))
    await removeParticipant(board.session, { ...sam, name: null })
    expect(board.session.view.notice.get()).toBe(
      strings.breakouts.removed(strings.breakouts.anonymous),
    )
  })

  it('shows the server’s reason when it refuses', async () => {
    const board = await openBoard({ role: 'facilitator' })
    board.api.refuse(route, 403, 'forbidden', 'Facilitators cannot be removed.')
    await removeParticipant(board.session, sam)
    expect(board.session.view.notice.get()).toBe('Facilitators cannot be removed.')
  })
})
