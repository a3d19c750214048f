import {
  addPlanStep,
  movePlanStep,
  removePlanStep,
  updatePlanStep,
  type LibraryPrompt,
  type PlanStep,
} from '@weave/shared'
import type { BoardSession } from '../session/board-session'

function canPlan(session: BoardSession): boolean {
  return session.info.role === 'facilitator'
}

/** Copies a prompt from the CSL library to the end of the session plan. */
export function addLibraryPrompt(session: BoardSession, prompt: LibraryPrompt): void {
  if (!canPlan(session)) return
  const { title, durationSec, mode } = prompt
  addPlanStep(session.controlDoc, { title, prompt: prompt.prompt, durationSec, mode })
}

/** Adds a facilitator's own step to the plan and returns its id. */
export function addOwnStep(session: BoardSession, step: Omit<PlanStep, 'id'>): string | null {
  return canPlan(session) ? addPlanStep(session.controlDoc, step) : null
}

/** Changes a step's title, prompt, duration or mode. */
export function editStep(
  session: BoardSession,
  stepId: string,
  change: Partial<Omit<PlanStep, 'id'>>,
): void {
  if (canPlan(session)) updatePlanStep(session.controlDoc, stepId, change)
}

/** Moves a step up (-1) or down (+1) in the plan. */
export function shiftStep(session: BoardSession, stepId: string, by: -1 | 1): void {
  if (!canPlan(session)) return
  const index = session.control.plan.get().findIndex((step) => step.id === stepId)
  if (index !== -1) movePlanStep(session.controlDoc, stepId, index + by)
}

/** Removes a step from the plan. */
export function removeStep(session: BoardSession, stepId: string): void {
  if (canPlan(session)) removePlanStep(session.controlDoc, stepId)
}
