import { describe, expect, it } from 'vitest'
import { removeLane } from '@weave/shared'
import {
  describeNote,
  enterBoard,
  focusedNote,
  focusNote,
  laneNameOf,
  revealNote,
  shortText,
  showFocusRing,
  stepFocus,
} from '../../src/commands/keyboard-focus'
import { startMoving } from '../../src/commands/lane-moves'
import { setRoundFilter } from '../../src/commands/round-filter'
import { strings } from '../../src/i18n/strings'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'
import { MAYA, noteElsewhere, threadElsewhere } from '../fakes/elsewhere'

const t = strings.access
const openBoard = fakeBoardPerTest()

const noteOf = (b: FakeBoard, id: string) => b.session.allNotes.get().find((n) => n.id === id)!

describe('keyboard focus on the board', () => {
  it('moves from note to note in reading order, and says what each is', async () => {
    const board = await openBoard()
    const first = noteElsewhere(board, { laneId: 'health', y: 80, text: 'Clinic' }, MAYA)
    const second = noteElsewhere(board, { laneId: 'health', y: 300, text: 'Bus' })
    threadElsewhere(board, first, second)
    expect(stepFocus(board.session, 'first')).toBe(true)
    expect(focusedNote(board.session)?.id).toBe(first)
    expect(board.described.at(-1)).toBe(
      t.noteDescription({
        text: 'Clinic',
        author: 'Maya, Health',
        lane: 'Health',
        position: 1,
        total: 2,
        threads: 1,
        dots: 0,
        isPrivate: false,
      }),
    )
    expect(stepFocus(board.session, 'next')).toBe(true)
    expect(focusedNote(board.session)?.id).toBe(second)
    // Tab then leaves the board: focus is never trapped.
    expect(stepFocus(board.session, 'next')).toBe(false)
  })

  it('entering the board shows the ring and starts on the first note, or says there is none', async () => {
    const board = await openBoard()
    enterBoard(board.session)
    expect(board.session.view.focusVisible.get()).toBe(true)
    expect(board.described).toEqual([t.noNotes])
    const id = noteElsewhere(board, { text: 'Clinic' })
    enterBoard(board.session)
    expect(focusedNote(board.session)?.id).toBe(id)
    expect(board.described.at(-1)).toBe(describeNote(board.session, noteOf(board, id)))
  })

  it('only a note on show has the focus', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board, { roundId: 'r1' })
    focusNote(board.session, id)
    expect(focusedNote(board.session)?.id).toBe(id)
    setRoundFilter(board.session, { kind: 'round', roundId: 'r2' })
    focusNote(board.session, id)
    expect(focusedNote(board.session)).toBeNull()
  })

  it('brings a note into view, keeping the zoom, only when it is off screen', async () => {
    const board = await openBoard()
    board.session.view.screenSize.set({ width: 800, height: 600 })
    const near = noteElsewhere(board, { laneId: 'health', y: 100 })
    const far = noteElsewhere(board, { laneId: 'families', y: 2000 })
    const before = board.session.view.viewport.get()
    revealNote(board.session, near)
    expect(board.session.view.viewport.get()).toBe(before)
    revealNote(board.session, far)
    expect(board.session.view.viewport.get()).not.toEqual(before)
    expect(board.session.view.viewport.get().scale).toBe(before.scale)
  })

  it('names lanes (a removed one is “Unsorted”) and shortens long texts', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board, { laneId: 'education', text: '  ' })
    expect(laneNameOf(board.session, noteOf(board, id))).toBe('Education')
    expect(shortText(noteOf(board, id))).toBe(t.emptyNote)
    board.elsewhereInControl((doc) => removeLane(doc, 'education'))
    expect(laneNameOf(board.session, noteOf(board, id))).toBe(strings.lanes.unsorted)
    const long = { ...noteOf(board, id), text: 'word '.repeat(40) }
    expect(shortText(long)).toHaveLength(78)
    expect(shortText(long).endsWith('…')).toBe(true)
  })

  it('hiding the ring (the pointer is used) puts down a note picked up by the keys', async () => {
    const board = await openBoard()
    focusNote(board.session, noteElsewhere(board, {}, MAYA))
    startMoving(board.session)
    expect(board.session.view.interaction.get().mode).toBe('moving')
    showFocusRing(board.session, false)
    expect(board.session.view.focusVisible.get()).toBe(false)
    expect(board.session.view.interaction.get().mode).toBe('idle')
  })
})
