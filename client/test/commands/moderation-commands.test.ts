import { describe, expect, it } from 'vitest'
import { readNote } from '@weave/shared'
import {
  hideNote,
  listHiddenNotes,
  restoreHiddenNote,
} from '../../src/commands/moderation-commands'
import { select } from '../../src/commands/selection-commands'
import { fakeBoardPerTest } from '../fakes/fake-board-session'
import { noteElsewhere } from '../fakes/elsewhere'

const openBoard = fakeBoardPerTest()

const base = '/api/workshops/w1'

describe('hiding notes (facilitators)', () => {
  it('asks the server to hide the note and lets go of the selection', async () => {
    const board = await openBoard({ role: 'facilitator' })
    const id = noteElsewhere(board)
    const note = readNote(board.session.roomDoc, id)!
    const hidden = { roomId: 'room-main', hiddenAt: 5, note }
    board.api.answer(`POST ${base}/rooms/room-main/notes/${id}/hide`, hidden)
    select(board.session, { kind: 'note', id })
    expect(await hideNote(board.session, id)).toEqual(hidden)
    expect(board.api.requests[0]).toMatchObject({ method: 'POST', body: {} })
    expect(board.session.view.selection.get()).toBeNull()
  })

  it('keeps the selection and shows the reason when the server refuses', async () => {
    const board = await openBoard({ role: 'facilitator' })
    const id = noteElsewhere(board)
    const route = `POST ${base}/rooms/room-main/notes/${id}/hide`
    board.api.refuse(route, 404, 'unknown_note', 'That note is not on the board.')
    select(board.session, { kind: 'note', id })
    expect(await hideNote(board.session, id)).toBeNull()
    expect(board.session.view.notice.get()).toBe('That note is not on the board.')
    expect(board.session.view.selection.get()).toEqual({ kind: 'note', id })
  })

  it('lists hidden notes and puts one back', async () => {
    const board = await openBoard({ role: 'facilitator' })
    const id = noteElsewhere(board)
    const hidden = { roomId: 'room-b', hiddenAt: 5, note: readNote(board.session.roomDoc, id)! }
    board.api.answer(`GET ${base}/hidden-notes`, [hidden])
    board.api.answer(`POST ${base}/hidden-notes/room-b/${id}/restore`, hidden)
    expect(await listHiddenNotes(board.session)).toEqual([hidden])
    expect(await restoreHiddenNote(board.session, hidden)).toEqual(hidden)
    board.api.refuse(
      `GET ${base}/hidden-notes`,
      403,
      'forbidden',
      'Only the facilitators of this workshop can do that.',
    )
    expect(await listHiddenNotes(board.session)).toBeNull()
    expect(board.session.view.notice.get()).toBe(
      'Only the facilitators of this workshop can do that.',
    )
  })
})
