import { describe, expect, it } from 'vitest'
import { setAttention, setPhase } from '@weave/shared'
import { createNoteIn } from '../../src/commands/note-commands'
import {
  boardChangeRefusal,
  createRefusal,
  currentRoundId,
  docOfNote,
  writesPrivately,
} from '../../src/commands/note-policy'
import { fakeBoardPerTest } from '../fakes/fake-board-session'
import { startRoundElsewhere } from '../fakes/elsewhere'

const openBoard = fakeBoardPerTest()

describe('the board rules as this person meets them', () => {
  it('the round new notes answer: the one running or paused here, not an ended one', async () => {
    const board = await openBoard()
    expect(currentRoundId(board.session)).toBeNull()
    startRoundElsewhere(board, { id: 'r1', status: 'paused' })
    expect(currentRoundId(board.session)).toBe('r1')
    startRoundElsewhere(board, { id: 'r2', roomIds: ['room-b'] })
    expect(currentRoundId(board.session)).toBeNull()
    startRoundElsewhere(board, { id: 'r3', status: 'ended' })
    expect(currentRoundId(board.session)).toBeNull()
  })

  it('private writing: participants only; their private notes live in the draft', async () => {
    let board = await openBoard()
    startRoundElsewhere(board, { mode: 'private' })
    expect(writesPrivately(board.session)).toBe(true)
    // Private writing is what private notes are for: no refusal for the draft.
    expect(createRefusal(board.session, 'health')).toBeNull()
    const id = await createNoteIn(board.session, { laneId: 'health', x: 20, y: 100 })
    expect(docOfNote(board.session, id!)).toBe(board.session.drafts.doc())
    expect(docOfNote(board.session, 'shared')).toBe(board.session.roomDoc)
    board.destroy()
    board = await openBoard({ role: 'facilitator' })
    startRoundElsewhere(board, { mode: 'private' })
    expect(writesPrivately(board.session)).toBe(false)
  })

  it('why nothing may change now: a locked board stops participants, a closed workshop everyone', async () => {
    let board = await openBoard()
    board.elsewhereInControl((doc) => setAttention(doc, { boardLocked: true }))
    expect(boardChangeRefusal(board.session)).toBe('the board is locked')
    board.destroy()
    board = await openBoard({ role: 'facilitator' })
    board.elsewhereInControl((doc) => setAttention(doc, { boardLocked: true }))
    expect(boardChangeRefusal(board.session)).toBeNull()
    board.elsewhereInControl((doc) => setPhase(doc, 'closed'))
    expect(boardChangeRefusal(board.session)).toBe('the workshop is closed')
  })
})
