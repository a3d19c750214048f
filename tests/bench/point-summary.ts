import type { LoadResult, RunStatus } from './load/plan.js'
import { median } from './markdown.js'
import type { ServerKind } from './servers/types.js'

/** The medians of one server's runs at one load point. */
export interface PointSummary<Server extends string = ServerKind> {
  readonly server: Server
  /** Clients in the room, or offered writes/s for throughput points. */
  readonly point: number
  readonly runs: number
  readonly status: RunStatus
  readonly reason: string | null
  readonly updatesP50: number | null
  readonly updatesP99: number | null
  readonly presenceP50: number | null
  readonly presenceP99: number | null
  /** Presence states plus writes delivered per second (each to each receiver). */
  readonly deliveredPerSec: number | null
  readonly framesPerSec: number | null
  readonly updateWritesPerSec: number | null
  readonly serverCpu: number | null
  readonly serverRssMiB: number | null
  readonly generatorLagP99: number | null
  /** What other processes used meanwhile, in % of one core (the machine has two). */
  readonly otherCpu: number | null
  /** Some run's generator could not keep up: the point says nothing about the server. */
  readonly saturated: boolean
}

/** Summarises a server's runs at one point: medians, and the worst status. */
export function summarisePoint<Server extends string = ServerKind>(
  server: Server,
  point: number,
  runs: readonly LoadResult[],
): PointSummary<Server> {
  const of = (pick: (r: LoadResult) => number | null) =>
    median(runs.map(pick).filter((v): v is number => v !== null))
  const bad = runs.find((r) => r.status === 'failed') ?? runs.find((r) => r.status === 'stalled')
  return {
    server,
    point,
    runs: runs.length,
    status: bad?.status ?? 'ok',
    reason: bad?.reason ?? null,
    updatesP50: of((r) => (r.updates.count ? r.updates.p50 : null)),
    updatesP99: of((r) => (r.updates.count ? r.updates.p99 : null)),
    presenceP50: of((r) => (r.presence.count ? r.presence.p50 : null)),
    presenceP99: of((r) => (r.presence.count ? r.presence.p99 : null)),
    deliveredPerSec: of((r) => r.delivered.presenceStatesPerSec + r.delivered.updateWritesPerSec),
    framesPerSec: of((r) => r.delivered.framesPerSec),
    updateWritesPerSec: of((r) => r.delivered.updateWritesPerSec),
    serverCpu: of((r) => r.server.cpuPercent),
    serverRssMiB: of((r) => r.server.rssMiB),
    generatorLagP99: of((r) => Math.max(r.generator.loopDelayP99Ms, r.generator.sendLagP99Ms)),
    otherCpu: of((r) => r.otherCpuPercent),
    saturated: runs.some((r) => r.generator.saturated),
  }
}

/** The worst p99 of a point (writes or cursors), in ms; Infinity when it did not complete. */
export function worstP99(s: PointSummary<string>): number {
  if (s.status !== 'ok') return Infinity
  return Math.max(s.updatesP99 ?? 0, s.presenceP99 ?? 0)
}

/** Other work using more than this (% of one core) leaves the server or generator short of CPU. */
export const BUSY_MACHINE_PERCENT = 50

/** "ok", "stalled", "failed", with "generator saturated" or "machine busy" when they apply. */
export function statusText(s: PointSummary<string>): string {
  const text = s.status === 'ok' ? 'ok' : `**${s.status}**`
  if (s.saturated) return `${text} (generator saturated: not valid)`
  if ((s.otherCpu ?? 0) > BUSY_MACHINE_PERCENT) return `${text} (machine busy)`
  return text
}
