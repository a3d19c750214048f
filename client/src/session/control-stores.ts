import type * as Y from 'yjs'
import {
  controlMap,
  lanesMap,
  readAttention,
  readLanes,
  readPhase,
  readPlan,
  readRound,
  readRoundHistory,
  readVote,
  workshopMap,
  type Attention,
  type Lane,
  type Phase,
  type PlanStep,
  type Round,
  type RoundSummary,
  type Vote,
} from '@weave/shared'
import { createDerivedStore, reuseJson, reuseRecords, type DerivedStore } from './store'

/** What the workshop's control document holds, as stores the UI can read. */
export interface ControlStores {
  readonly phase: DerivedStore<Phase>
  readonly lanes: DerivedStore<readonly Lane[]>
  readonly round: DerivedStore<Round | null>
  readonly rounds: DerivedStore<readonly RoundSummary[]>
  readonly vote: DerivedStore<Vote | null>
  readonly attention: DerivedStore<Attention>
  readonly plan: DerivedStore<readonly PlanStep[]>
}

function watchDeep(type: Y.Map<unknown>): (onChange: () => void) => () => void {
  return (onChange) => {
    type.observeDeep(onChange)
    return () => type.unobserveDeep(onChange)
  }
}

/** Stores over a control document; `fallbackLanes` are shown until it syncs. */
export function createControlStores(doc: Y.Doc, fallbackLanes: readonly Lane[]): ControlStores {
  return {
    phase: createDerivedStore(
      watchDeep(workshopMap(doc)),
      () => readPhase(doc),
      (a, b) => (a === b ? a : b),
    ),
    lanes: createDerivedStore<readonly Lane[]>(
      watchDeep(lanesMap(doc)),
      () => {
        const live = readLanes(doc)
        return live.length > 0 ? live : fallbackLanes
      },
      reuseRecords,
    ),
    round: createDerivedStore(watchDeep(controlMap(doc, 'round')), () => readRound(doc), reuseJson),
    rounds: createDerivedStore<readonly RoundSummary[]>(
      watchDeep(controlMap(doc, 'rounds')),
      () => readRoundHistory(doc),
      reuseRecords,
    ),
    vote: createDerivedStore(watchDeep(controlMap(doc, 'vote')), () => readVote(doc), reuseJson),
    attention: createDerivedStore(
      watchDeep(controlMap(doc, 'attention')),
      () => readAttention(doc),
      reuseJson,
    ),
    plan: createDerivedStore<readonly PlanStep[]>(
      watchDeep(controlMap(doc, 'plan')),
      () => readPlan(doc),
      reuseRecords,
    ),
  }
}

/** Detaches every store from the document. */
export function destroyControlStores(stores: ControlStores): void {
  for (const store of Object.values(stores)) store.destroy()
}
