import { describe, expect, it } from 'vitest'
import { addPlanStep } from '@weave/shared'
import {
  changeRound,
  currentStepIndex,
  extendRound,
  revealRound,
  startAdjacentStep,
  startRound,
} from '../../src/commands/round-commands'
import { fakeBoardPerTest } from '../fakes/fake-board-session'
import { roundOf, startRoundElsewhere } from '../fakes/elsewhere'

const openBoard = fakeBoardPerTest()

const rounds = '/api/workshops/w1/rounds'
const input = { title: 'Barriers', prompt: 'What gets in the way?', durationSec: 300 }

describe('rounds (facilitators)', () => {
  it('starts one in every room, or in the rooms chosen', async () => {
    const board = await openBoard({ role: 'facilitator' })
    board.api.answer(`POST ${rounds}`, roundOf())
    expect(await startRound(board.session, { ...input, mode: 'open' })).toEqual(roundOf())
    await startRound(board.session, { ...input, mode: 'private', roomIds: ['r2', 'r3'] })
    expect(board.api.sentTo(`POST ${rounds}`).map((request) => request.body)).toEqual([
      { ...input, mode: 'open', roomIds: null },
      { ...input, mode: 'private', roomIds: ['r2', 'r3'] },
    ])
  })

  it('pauses, resumes, ends, extends and reveals through their routes', async () => {
    const board = await openBoard({ role: 'facilitator' })
    for (const action of ['pause', 'resume', 'end', 'extend', 'reveal']) {
      board.api.answer(`POST ${rounds}/current/${action}`, {})
    }
    await changeRound(board.session, 'pause')
    await changeRound(board.session, 'resume')
    await changeRound(board.session, 'end')
    await extendRound(board.session, 120)
    await revealRound(board.session, true)
    expect(
      board.api.requests.map((request) => [request.path.slice(rounds.length), request.body]),
    ).toEqual([
      ['/current/pause', {}],
      ['/current/resume', {}],
      ['/current/end', {}],
      ['/current/extend', { seconds: 120 }],
      ['/current/reveal', { anonymise: true }],
    ])
  })

  it('shows the server’s reason when a round cannot change', async () => {
    const board = await openBoard({ role: 'facilitator' })
    board.api.refuse(`POST ${rounds}/current/resume`, 409, 'not_paused', 'The round is not paused.')
    expect(await changeRound(board.session, 'resume')).toBeNull()
    expect(board.session.view.notice.get()).toBe('The round is not paused.')
    board.api.refuse(
      `POST ${rounds}/current/reveal`,
      409,
      'not_private',
      'Only private rounds are revealed.',
    )
    await revealRound(board.session, false)
    expect(board.session.view.notice.get()).toBe('Only private rounds are revealed.')
  })
})

describe('the session plan’s steps', () => {
  const step = (title: string) => ({
    title,
    prompt: `${title}?`,
    durationSec: 60,
    mode: 'open' as const,
  })

  it('finds the step the current round came from', () => {
    const plan = [
      { id: 'a', ...step('One') },
      { id: 'b', ...step('Two') },
    ]
    expect(currentStepIndex(plan, null)).toBe(-1)
    expect(currentStepIndex(plan, roundOf({ title: 'Two', prompt: 'Two?' }))).toBe(1)
    expect(currentStepIndex(plan, roundOf({ title: 'Other' }))).toBe(-1)
  })

  it('starts the next step, the first when none ran, and nothing past the end', async () => {
    const board = await openBoard({ role: 'facilitator' })
    board.elsewhereInControl((doc) => {
      addPlanStep(doc, step('One'))
      addPlanStep(doc, step('Two'))
    })
    board.api.answer(`POST ${rounds}`, {})
    await startAdjacentStep(board.session, 1)
    startRoundElsewhere(board, { title: 'One', prompt: 'One?' })
    await startAdjacentStep(board.session, 1)
    startRoundElsewhere(board, { title: 'Two', prompt: 'Two?' })
    expect(await startAdjacentStep(board.session, 1)).toBeNull()
    await startAdjacentStep(board.session, -1)
    expect(
      board.api
        .sentTo(`POST ${rounds}`)
        .map((request) => (request.body as { title: string }).title),
    ).toEqual(['One', 'Two', 'One'])
  })
})
