import type { PlanStep, Round, WritingMode } from '@weave/shared'
import * as api from '../api/facilitation-api'
import type { BoardSession } from '../session/board-session'
import { runAction } from './api-errors'

/** What a round needs to start. */
export interface RoundInput {
  readonly title: string
  readonly prompt: string
  readonly durationSec: number
  readonly mode: WritingMode
  /** The rooms to run it in; omitted or null for every room, with one countdown. */
  readonly roomIds?: readonly string[] | null
}

/** Starts a reflection round, in every room unless `roomIds` says otherwise (facilitators). */
export function startRound(session: BoardSession, input: RoundInput): Promise<Round | null> {
  const { title, prompt, durationSec, mode } = input
  const roomIds = input.roomIds ? [...input.roomIds] : null
  return runAction(session, () =>
    api.startRound(session.workshopId, session.token, {
      title,
      prompt,
      durationSec,
      mode,
      roomIds,
    }),
  )
}

/** Pauses, resumes or ends the current round now (facilitators). */
export function changeRound(
  session: BoardSession,
  action: api.RoundTimerAction,
): Promise<Round | null> {
  return runAction(session, () => api.changeRound(session.workshopId, session.token, action))
}

/** Gives the current round more time (facilitators). */
export function extendRound(session: BoardSession, seconds: number): Promise<Round | null> {
  return runAction(session, () => api.extendRound(session.workshopId, session.token, seconds))
}

/** Reveals the private notes of the current round, optionally without their authors. */
export function revealRound(session: BoardSession, anonymise: boolean): Promise<unknown> {
  return runAction(session, () => api.revealRound(session.workshopId, session.token, anonymise))
}

/** The plan step the current round was started from (same title and prompt), if any. */
export function currentStepIndex(plan: readonly PlanStep[], round: Round | null): number {
  if (!round) return -1
  return plan.findIndex((step) => step.title === round.title && step.prompt === round.prompt)
}

/** Starts the step after (or before) the current one in the session plan. */
export function startAdjacentStep(session: BoardSession, direction: 1 | -1): Promise<unknown> {
  const plan = session.control.plan.get()
  const current = currentStepIndex(plan, session.control.round.get())
  const next = plan[current === -1 ? (direction === 1 ? 0 : -1) : current + direction]
  if (!next) return Promise.resolve(null)
  return startRound(session, next)
}
