import * as Y from 'yjs'
import * as z from 'zod/mini'
import { controlMap } from '../board-doc.js'
import { newId } from '../ids.js'
import { CommandOrigin } from '../origins.js'
import { PROMPT_MAX_LENGTH, WRITING_MODES } from './round.js'

/** One step of the session plan: a prompt ready to run as a round. */
export const planStepSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.maxLength(120)),
  prompt: z.string().check(z.maxLength(PROMPT_MAX_LENGTH)),
  durationSec: z.int().check(z.gte(10), z.lte(4 * 3600)),
  mode: z.enum(WRITING_MODES),
})
/** A step of the session plan. */
export type PlanStep = z.infer<typeof planStepSchema>

function planArray(doc: Y.Doc): Y.Array<unknown> {
  // The plan is the one array in the control map 'plan', under key 'steps'.
  const map = controlMap(doc, 'plan')
  const steps = map.get('steps')
  if (steps instanceof Y.Array) return steps as Y.Array<unknown>
  const created = new Y.Array<unknown>()
  map.set('steps', created)
  return created
}

/** The session plan in order; malformed steps are skipped. */
export function readPlan(doc: Y.Doc): PlanStep[] {
  const steps = controlMap(doc, 'plan').get('steps')
  if (!(steps instanceof Y.Array)) return []
  return steps
    .toArray()
    .map((step) => planStepSchema.safeParse(step))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
}

/** Adds a step at the end of the plan (or at `index`) and returns its id. */
export function addPlanStep(doc: Y.Doc, step: Omit<PlanStep, 'id'>, index?: number): string {
  const id = newId()
  doc.transact(() => {
    const steps = planArray(doc)
    steps.insert(Math.min(index ?? steps.length, steps.length), [{ ...step, id }])
  }, new CommandOrigin('plan.change'))
  return id
}

/** The position of a step in the stored array (malformed entries count too). */
function indexOf(doc: Y.Doc, stepId: string): number {
  return planArray(doc)
    .toArray()
    .findIndex(
      (step) =>
        typeof step === 'object' && step !== null && (step as { id?: unknown }).id === stepId,
    )
}

function stepAt(doc: Y.Doc, index: number): PlanStep | undefined {
  const parsed = planStepSchema.safeParse(planArray(doc).get(index))
  return parsed.success ? parsed.data : undefined
}

/** Replaces a step's fields. False if it is gone. */
export function updatePlanStep(
  doc: Y.Doc,
  stepId: string,
  change: Partial<Omit<PlanStep, 'id'>>,
): boolean {
  const index = indexOf(doc, stepId)
  const current = stepAt(doc, index)
  if (!current) return false
  doc.transact(() => {
    const steps = planArray(doc)
    steps.delete(index, 1)
    steps.insert(index, [{ ...current, ...change, id: stepId }])
  }, new CommandOrigin('plan.change'))
  return true
}

/** Moves a step to `toIndex`. False if it is gone. */
export function movePlanStep(doc: Y.Doc, stepId: string, toIndex: number): boolean {
  const from = indexOf(doc, stepId)
  const step = stepAt(doc, from)
  if (!step) return false
  doc.transact(() => {
    const steps = planArray(doc)
    steps.delete(from, 1)
    steps.insert(Math.min(Math.max(toIndex, 0), steps.length), [step])
  }, new CommandOrigin('plan.change'))
  return true
}

/** Removes a step. False if it is gone. */
export function removePlanStep(doc: Y.Doc, stepId: string): boolean {
  const index = indexOf(doc, stepId)
  if (index === -1) return false
  doc.transact(() => planArray(doc).delete(index, 1), new CommandOrigin('plan.change'))
  return true
}
