import { describe, expect, it } from 'vitest'
import { readThreads, setAttention } from '@weave/shared'
import {
  cancelConnecting,
  finishConnecting,
  isPicking,
  pickNote,
  pickStep,
  startConnecting,
} from '../../src/commands/keyboard-connect'
import { focusNote } from '../../src/commands/keyboard-focus'
import { createNoteIn } from '../../src/commands/note-commands'
import { strings } from '../../src/i18n/strings'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'
import { MAYA, noteElsewhere, startRoundElsewhere } from '../fakes/elsewhere'

const t = strings.access
const openBoard = fakeBoardPerTest()

const draft = (b: FakeBoard) => b.session.view.threadDraft.get()

describe('connect mode (C, then keys or taps)', () => {
  it('picks the far end with the keys, weaves the thread and puts focus back', async () => {
    const board = await openBoard()
    const from = noteElsewhere(board, { y: 80, text: 'Clinic' }, MAYA)
    const to = noteElsewhere(board, { y: 300, text: 'Bus' })
    focusNote(board.session, from)
    startConnecting(board.session)
    expect(isPicking(board.session)).toBe(true)
    expect(draft(board)).toMatchObject({ fromId: from, targetId: null, picking: true })
    expect(board.described.at(-1)).toBe(t.connecting('Clinic'))
    pickStep(board.session, 'next')
    expect(draft(board)?.targetId).toBe(to)
    expect(board.described.at(-1)).toBe(t.connectTarget('Bus', 'Health'))
    const id = await finishConnecting(board.session)
    expect(readThreads(board.session.roomDoc)).toMatchObject([{ id, from, to }])
    expect(board.said).toEqual([t.connected('Clinic', 'Bus')])
    expect(board.session.view.selection.get()).toEqual({ kind: 'note', id: from })
    expect(isPicking(board.session)).toBe(false)
  })

  it('a tap picks a note, never the one the thread comes from', async () => {
    const board = await openBoard()
    const from = noteElsewhere(board, {}, MAYA)
    const to = noteElsewhere(board)
    startConnecting(board.session, from)
    pickNote(board.session, from)
    expect(draft(board)?.targetId).toBeNull()
    pickNote(board.session, to)
    expect(draft(board)?.targetId).toBe(to)
  })

  it('without a far end, finishing cancels; Escape says it was cancelled', async () => {
    const board = await openBoard()
    const from = noteElsewhere(board, {}, MAYA)
    noteElsewhere(board)
    startConnecting(board.session, from)
    expect(await finishConnecting(board.session)).toBeNull()
    expect(board.said).toEqual([t.connectCancelled])
    startConnecting(board.session, from)
    cancelConnecting(board.session)
    expect(isPicking(board.session)).toBe(false)
    expect(readThreads(board.session.roomDoc)).toEqual([])
  })

  it('says why it cannot start: nothing to connect to, a locked board, a private note', async () => {
    const board = await openBoard()
    const alone = noteElsewhere(board, {}, MAYA)
    startConnecting(board.session, alone)
    expect(board.said).toEqual([t.connectNothing])
    expect(board.session.view.notice.get()).toBe(t.connectNothing)
    noteElsewhere(board)
    board.elsewhereInControl((doc) => setAttention(doc, { boardLocked: true }))
    startConnecting(board.session, alone)
    expect(board.session.view.notice.get()).toBe(strings.notice.refused('the board is locked'))
    board.elsewhereInControl((doc) => setAttention(doc, { boardLocked: false }))
    startRoundElsewhere(board, { mode: 'private' })
    const mine = await createNoteIn(board.session, { laneId: 'health', x: 20, y: 500 })
    startConnecting(board.session, mine!)
    expect(board.session.view.notice.get()).toBe(
      strings.notice.refused('private notes cannot be connected'),
    )
    expect(isPicking(board.session)).toBe(false)
  })
})
