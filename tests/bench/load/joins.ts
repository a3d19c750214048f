import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { BenchSocket, createTrafficStats, withDeadline } from './bench-socket.js'
import { payloadOf } from './frames.js'
import { summariseLatency } from './sequence-timer.js'
import type { LatencySummary } from './plan.js'

/** People opening a board: when each starts, and what "loaded" means. */
export interface JoinPlan {
  readonly urls: readonly string[]
  /** Joins start evenly over this many ms (0: all at once), open-loop. */
  readonly spreadMs: number
  readonly timeoutMs: number
  /**
   * Loaded means having received content up to this state vector (`[client, clock]` pairs): for
   * servers that answer before loading the stored state. Null: the first sync step 2 is the board.
   */
  readonly target: ReadonlyArray<readonly [number, number]> | null
}

/** How long each join took to have the whole board, from its intended start. */
export interface JoinResult {
  readonly times: LatencySummary
  readonly samplesMs: number[]
  readonly failures: number
  readonly bytes: number
}

/** Opens one socket per URL on schedule and times each until it has the whole board. */
export async function runJoins(plan: JoinPlan): Promise<JoinResult> {
  const stats = createTrafficStats()
  stats.counting = true
  const startAt = performance.now() + 50
  const gapMs = plan.urls.length > 1 ? plan.spreadMs / (plan.urls.length - 1) : 0
  const sockets: BenchSocket[] = []
  let failures = 0
  const samples = await Promise.all(
    plan.urls.map(async (url, i) => {
      const intended = startAt + i * gapMs
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, intended - performance.now())))
      let loaded: (atMs: number) => void = () => {}
      const done = new Promise<number>((resolve) => (loaded = resolve))
      const seen = new Map<number, number>()
      const check = (payload: Uint8Array, atMs: number) => {
        if (!plan.target) return loaded(atMs)
        for (const [client, clock] of Y.parseUpdateMeta(payload).to) {
          seen.set(client, Math.max(seen.get(client) ?? 0, clock))
        }
        if (plan.target.every(([client, clock]) => (seen.get(client) ?? 0) >= clock)) loaded(atMs)
      }
      const socket = new BenchSocket(
        url,
        stats,
        {
          onStep2: check,
          onUpdate: (frame, head, atMs) => check(payloadOf(frame, head), atMs),
        },
        plan.timeoutMs,
      )
      sockets.push(socket)
      try {
        const sync = socket.sync(plan.timeoutMs)
        sync.catch(() => {})
        return (await withDeadline(done, plan.timeoutMs, 'join')) - intended
      } catch {
        failures++
        return plan.timeoutMs
      }
    }),
  )
  for (const socket of sockets) socket.close()
  return { times: summariseLatency(samples), samplesMs: samples, failures, bytes: stats.bytes }
}
