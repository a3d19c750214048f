import * as Y from 'yjs'
import { CONTROL_ROOTS, lanesMap } from '../model/board-doc.js'
import { attentionSchema } from '../model/control/attention.js'
import { breakoutSchema, roomEntrySchema } from '../model/control/breakout.js'
import { planStepSchema } from '../model/control/plan.js'
import { roundSchema, roundSummarySchema } from '../model/control/round.js'
import { sortingSchema } from '../model/control/sorting.js'
import { voteSchema } from '../model/control/vote.js'
import { ID_PATTERN, LANE_ID_PATTERN } from '../model/ids.js'
import { laneSchema } from '../model/records.js'
import { CONTENT_LIMITS, growsPast } from './content-limits.js'

type ControlRoot = (typeof CONTROL_ROOTS)[keyof typeof CONTROL_ROOTS]

/**
 * What each root of the control document holds (docs/protocol.md's table): `map`, its own keys;
 * `entries`, one Y.Map per id with these keys; `values`, one string per id. The keys come from the
 * readers' schemas, so a key Weave starts writing is allowed where it is read.
 */
type RootShape =
  | { readonly kind: 'map' | 'entries'; readonly keys: ReadonlySet<string> }
  | { readonly kind: 'values' }

const keysOf = (schema: { shape: object }, ...leftOut: string[]): ReadonlySet<string> =>
  new Set(Object.keys(schema.shape).filter((key) => !leftOut.includes(key)))

// A lane's id is its key in the root, not a field.
const LANE_FIELDS = keysOf(laneSchema, 'id')
const ROOT_SHAPES: Readonly<Record<ControlRoot, RootShape>> = {
  workshop: { kind: 'map', keys: new Set(['title', 'phase']) },
  lanes: { kind: 'entries', keys: LANE_FIELDS },
  attention: { kind: 'map', keys: keysOf(attentionSchema) },
  plan: { kind: 'map', keys: new Set(['steps']) },
  round: { kind: 'map', keys: keysOf(roundSchema) },
  rounds: { kind: 'entries', keys: keysOf(roundSummarySchema) },
  vote: { kind: 'map', keys: keysOf(voteSchema) },
  rooms: { kind: 'entries', keys: keysOf(roomEntrySchema) },
  breakout: { kind: 'map', keys: keysOf(breakoutSchema) },
  assignments: { kind: 'values' },
  sorting: { kind: 'map', keys: keysOf(sortingSchema) },
}
const PLAN_STEP_KEYS = keysOf(planStepSchema)

/**
 * Checks the control roots' entries a transaction touched (`touched`: root name → keys, as
 * doc-content's touchedEntries gives them): only the keys Weave writes, each of the shape its
 * reader expects, lanes of the model's shape and within the limit. Zod objects drop unknown keys,
 * so keys are compared here, not left to a schema.
 */
export function controlEntriesRefusal(
  doc: Y.Doc,
  transaction: Y.Transaction,
  touched: ReadonlyMap<string, ReadonlySet<string | null>>,
): string | null {
  for (const [root, keys] of touched) {
    const shape = ROOT_SHAPES[root as ControlRoot] as RootShape | undefined
    if (shape === undefined) return 'unknown content'
    const map = doc.getMap(root)
    for (const key of keys) {
      if (key === null) return `malformed ${root}`
      const value = map.get(key)
      if (value === undefined) continue // deleted
      const refusal =
        root === CONTROL_ROOTS.lanes
          ? laneRefusal(key, value)
          : valueRefusal(root, shape, key, value)
      if (refusal) return refusal
    }
  }
  const lanes = touched.get(CONTROL_ROOTS.lanes)
  if (lanes && growsPast(lanesMap(doc), lanes, transaction, CONTENT_LIMITS.lanesPerWorkshop)) {
    return `a workshop has at most ${CONTENT_LIMITS.lanesPerWorkshop} lanes`
  }
  return null
}

function laneRefusal(id: string, lane: unknown): string | null {
  if (!LANE_ID_PATTERN.test(id) || !(lane instanceof Y.Map)) return 'malformed lane'
  for (const field of lane.keys()) if (!LANE_FIELDS.has(field)) return 'malformed lane'
  return laneSchema.safeParse({ id, ...lane.toJSON() }).success ? null : 'malformed lane'
}

function valueRefusal(root: string, shape: RootShape, key: string, value: unknown): string | null {
  if (shape.kind === 'values') {
    return ID_PATTERN.test(key) && typeof value === 'string' ? null : `malformed ${root}`
  }
  if (shape.kind === 'entries') {
    if (!(value instanceof Y.Map)) return `malformed ${root}`
    for (const [field, inner] of value.entries()) {
      if (!shape.keys.has(field)) return `unknown key in ${root}`
      if (inner instanceof Y.AbstractType) return `malformed ${root}`
    }
    return null
  }
  if (!shape.keys.has(key)) return `unknown key in ${root}`
  if (root === CONTROL_ROOTS.plan) return planStepsRefusal(value)
  // Readers take plain values only: anything nested in a Yjs type would be relayed, never read.
  return value instanceof Y.AbstractType ? `malformed ${root}` : null
}

/** The plan's one key holds a list of plain steps with the step's keys. */
function planStepsRefusal(steps: unknown): string | null {
  if (!(steps instanceof Y.Array)) return 'malformed plan'
  for (const step of steps.toArray()) {
    if (typeof step !== 'object' || step === null || Array.isArray(step)) return 'malformed plan'
    if (step instanceof Y.AbstractType) return 'malformed plan'
    for (const key of Object.keys(step)) if (!PLAN_STEP_KEYS.has(key)) return 'malformed plan'
  }
  return null
}
