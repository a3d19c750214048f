import type { BenchRoom } from '../servers/types.js'
import type { ClientRole, ClientSpec, LoadPlan } from './plan.js'

/** The workshop mix: everyone moves a cursor, 10% drag notes, 2% type. */
export const WORKSHOP_MIX = {
  cursorHz: 20,
  dragHz: 10,
  typeHz: 5,
  dragShare: 0.1,
  typeShare: 0.02,
} as const

/** How many receivers time what they get (the others only count it, to keep the generator light). */
const TIMED_UPDATE_RECEIVERS = 24
const TIMED_PRESENCE_RECEIVERS = 4

/** `count` indices spread evenly over 0..n-1. */
export function spread(n: number, count: number): number[] {
  const k = Math.min(n, count)
  return Array.from({ length: k }, (_, j) => Math.floor(((j + 0.5) * n) / k))
}

/** Phases and timeouts of a run. */
export interface RunTiming {
  readonly warmupMs: number
  readonly measureMs: number
  readonly drainMs: number
  readonly connectTimeoutMs: number
}

/** A plenary: `n` people in one room doing the workshop mix. */
export function workshopPlan(
  label: string,
  room: BenchRoom,
  timing: RunTiming,
  serverPid: number | null,
  timed = { updates: TIMED_UPDATE_RECEIVERS, presence: TIMED_PRESENCE_RECEIVERS },
): LoadPlan {
  const n = room.seats.length
  const draggers = Math.max(1, Math.round(WORKSHOP_MIX.dragShare * n))
  const typists = Math.max(1, Math.round(WORKSHOP_MIX.typeShare * n))
  const roles = new Map<number, ClientRole>()
  spread(n, draggers + typists).forEach((index, j) =>
    roles.set(index, j < draggers ? 'drag' : 'type'),
  )
  const receivers = room.seats.map((_, i) => i).filter((i) => !roles.has(i))
  const timedUpdates = new Set(spread(receivers.length, timed.updates).map((j) => receivers[j]!))
  const timedPresence = new Set(spread(receivers.length, timed.presence).map((j) => receivers[j]!))
  const clients: ClientSpec[] = room.seats.map((seat, i) => ({
    url: seat.url,
    room: 0,
    role: roles.get(i) ?? 'cursor',
    author: seat.author,
    laneId: seat.laneId,
    timedUpdates: timedUpdates.has(i),
    timedPresence: timedPresence.has(i),
  }))
  return {
    label,
    clients,
    cursorHz: WORKSHOP_MIX.cursorHz,
    dragHz: WORKSHOP_MIX.dragHz,
    typeHz: WORKSHOP_MIX.typeHz,
    ...timing,
    precompute: false,
    // A writer's own writes never depend on others', and applying everyone's writes in every
    // simulated writer cost the generator 15% of its core at N = 250.
    applyRemote: false,
    serverPid,
  }
}
