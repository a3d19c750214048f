import type * as Y from 'yjs'
import {
  controlMap,
  lanesMap,
  readAssignments,
  readAttention,
  readBreakout,
  readLanes,
  readPhase,
  readPlan,
  readRound,
  readRoundHistory,
  readRooms,
  readVote,
  workshopMap,
  type Attention,
  type Breakout,
  type Lane,
  type Phase,
  type PlanStep,
  type RoomEntry,
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
  /** The workshop's rooms, main room first (closed ones included). */
  readonly rooms: DerivedStore<readonly RoomEntry[]>
  readonly breakout: DerivedStore<Breakout>
  /** participantId → roomId, as a plain record (stable snapshots). */
  readonly assignments: DerivedStore<Readonly<Record<string, string>>>
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
    rooms: createDerivedStore<readonly RoomEntry[]>(
      watchDeep(controlMap(doc, 'rooms')),
      () => readRooms(doc),
      reuseRecords,
    ),
    breakout: createDerivedStore(
      watchDeep(controlMap(doc, 'breakout')),
      () => readBreakout(doc),
      reuseJson,
    ),
    assignments: createDerivedStore<Readonly<Record<string, string>>>(
      watchDeep(controlMap(doc, 'assignments')),
      () => Object.fromEntries(readAssignments(doc)),
      reuseJson,
    ),
  }
}

/** Detaches every store from the document. */
export function destroyControlStores(stores: ControlStores): void {
  for (const store of Object.values(stores)) store.destroy()
}
