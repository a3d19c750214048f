import { describe, expect, it } from 'vitest'
import { restoreSnapshot, takeSnapshot } from '../../src/commands/snapshot-commands'
import { laterStrings } from '../../src/i18n/strings-later'
import { fakeBoardPerTest } from '../fakes/fake-board-session'

const openBoard = fakeBoardPerTest()

const base = '/api/workshops/w1'
const snapshot = {
  id: 's1',
  roomId: 'room-main',
  name: 'Before lunch',
  reason: 'manual' as const,
  roundId: null,
  takenBy: 'p-maya',
  takenAt: 5,
}

describe('snapshots (facilitators)', () => {
  it('takes one of the open room and says so', async () => {
    const board = await openBoard({ role: 'facilitator' })
    board.api.answer(`POST ${base}/snapshots`, snapshot)
    expect(await takeSnapshot(board.session, 'Before lunch')).toEqual(snapshot)
    expect(board.api.requests[0]?.body).toEqual({ roomId: 'room-main', name: 'Before lunch' })
    expect(board.session.view.notice.get()).toBe(
      laterStrings.analysis.snapshots.taken('Before lunch'),
    )
  })

  it('restores one as a new room and says which', async () => {
    const board = await openBoard({ role: 'facilitator' })
    const room = { roomId: 'room-x', name: 'Before lunch (restored)', docName: 'w1.room.room-x' }
    board.api.answer(`POST ${base}/snapshots/s1/restore`, room)
    expect(await restoreSnapshot(board.session, snapshot)).toEqual(room)
    expect(board.session.view.notice.get()).toBe(
      laterStrings.analysis.snapshots.restored(room.name),
    )
  })

  it('shows the server’s reason instead when it refuses', async () => {
    const board = await openBoard({ role: 'facilitator' })
    const restore = `POST ${base}/snapshots/s1/restore`
    board.api.refuse(
      restore,
      404,
      'unknown_snapshot',
      'There is no such snapshot in this workshop.',
    )
    expect(await restoreSnapshot(board.session, snapshot)).toBeNull()
    expect(board.session.view.notice.get()).toBe('There is no such snapshot in this workshop.')
    board.api.refuse(
      `POST ${base}/snapshots`,
      400,
      'invalid_request',
      'The request is not valid: name must not be empty',
    )
    expect(await takeSnapshot(board.session, ' ')).toBeNull()
    expect(board.session.view.notice.get()).toBe('The request is not valid: name must not be empty')
  })
})
