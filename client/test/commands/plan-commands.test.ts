import { describe, expect, it } from 'vitest'
import { addPlanStep, CSL_PROMPTS, readPlan } from '@weave/shared'
import {
  addLibraryPrompt,
  addOwnStep,
  editStep,
  removeStep,
  shiftStep,
} from '../../src/commands/plan-commands'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'

const openBoard = fakeBoardPerTest()

const own = {
  title: 'Check-in',
  prompt: 'How are you arriving?',
  durationSec: 120,
  mode: 'open' as const,
}
const titles = (b: FakeBoard) => readPlan(b.session.controlDoc).map((step) => step.title)

describe('the session plan', () => {
  it('facilitators add library prompts and their own steps, edit, reorder and remove them', async () => {
    const board = await openBoard({ role: 'facilitator' })
    const library = CSL_PROMPTS[0]!
    addLibraryPrompt(board.session, library)
    const id = addOwnStep(board.session, own)!
    expect(readPlan(board.session.controlDoc)).toMatchObject([
      { title: library.title, prompt: library.prompt, durationSec: library.durationSec },
      own,
    ])
    editStep(board.session, id, { title: 'Arrival', mode: 'private' })
    expect(readPlan(board.session.controlDoc)[1]).toMatchObject({
      title: 'Arrival',
      mode: 'private',
    })
    shiftStep(board.session, id, -1)
    expect(titles(board)).toEqual(['Arrival', library.title])
    shiftStep(board.session, 'gone', 1)
    removeStep(board.session, id)
    expect(titles(board)).toEqual([library.title])
  })

  it('is the facilitators’ alone: participants change nothing', async () => {
    const board = await openBoard()
    let id = ''
    board.elsewhereInControl((doc) => {
      id = addPlanStep(doc, own)
    })
    const before = readPlan(board.session.controlDoc)
    addLibraryPrompt(board.session, CSL_PROMPTS[0]!)
    expect(addOwnStep(board.session, own)).toBeNull()
    editStep(board.session, id, { title: 'Mine' })
    shiftStep(board.session, id, 1)
    removeStep(board.session, id)
    expect(readPlan(board.session.controlDoc)).toEqual(before)
  })
})
