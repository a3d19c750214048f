import type { LoadResult } from './load/plan.js'
import { workshopPlan, type RunTiming } from './load/workshop-mix.js'
import { measuredWith, mdTable, met, ms, count, publishFormatted } from './markdown.js'
import type { BenchOptions } from './options.js'
import { statusText, summarisePoint, worstP99, type PointSummary } from './point-summary.js'
import { Rig } from './rig.js'
import { SERVER_NAMES, type ServerKind } from './servers/types.js'

/** Room sizes stepped through for BEN-M2; BEN-M1 reports four of them. */
const LADDER = [10, 25, 50, 75, 100, 150, 200, 250, 300, 400]
const QUICK_LADDER = [10, 50]
const M1_POINTS = [10, 50, 150, 250]
/** BEN-M7 compares at N ≤ 50; the LevelDB variant runs there too, as a durable reference. */
const M7_POINTS = [10, 25, 50]
/** A lagging generator using this much of its core is the bottleneck, not the machine's other work. */
const GENERATOR_BUSY_PERCENT = 85
/** A room "stays smooth" while its p99 (writes and cursors) is under this. */
export const SMOOTH_P99_MS = 100

const TIMING: RunTiming = {
  warmupMs: 1000,
  measureMs: 4000,
  drainMs: 3000,
  connectTimeoutMs: 30_000,
}
const QUICK_TIMING: RunTiming = {
  warmupMs: 500,
  measureMs: 1500,
  drainMs: 2000,
  connectTimeoutMs: 20_000,
}

/** The A-B-B-A order of one point (A-B-C-C-B-A with the LevelDB variant). */
function order(withLeveldb: boolean): ServerKind[] {
  return withLeveldb
    ? ['weave', 'stock', 'stock-leveldb', 'stock-leveldb', 'stock', 'weave']
    : ['weave', 'stock', 'stock', 'weave']
}

/** The largest room that stayed smooth, and what stopped the ladder. */
export interface Knee {
  readonly clients: number | null
  readonly limitedBy: 'server' | 'generator' | 'ladder'
  readonly firstMiss: number | null
}

/**
 * Walks a server's points upwards until one misses. Points where the generator lagged are not
 * evidence either way and are skipped; the knee is generator-limited when only such points lie
 * above it.
 */
export function kneeOf(points: ReadonlyArray<PointSummary<string>>): Knee {
  let best: number | null = null
  let skipped = false
  for (const p of [...points].sort((a, b) => a.point - b.point)) {
    if (p.saturated) {
      skipped = true
      continue
    }
    if (worstP99(p) >= SMOOTH_P99_MS)
      return { clients: best, limitedBy: 'server', firstMiss: p.point }
    best = p.point
    skipped = false
  }
  return { clients: best, limitedBy: skipped ? 'generator' : 'ladder', firstMiss: null }
}

/**
 * The generator itself was the limit (busy, not merely delayed by other work on the machine):
 * larger rooms would tell nothing more.
 */
function generatorBound(results: readonly LoadResult[]): boolean {
  return results.some(
    (r) => r.generator.saturated && r.generator.cpuPercent >= GENERATOR_BUSY_PERCENT,
  )
}

/**
 * BEN-M1, BEN-M2 and BEN-M7: one room of N people doing the workshop mix, on Weave and the stock
 * server.
 */
export async function runPropagationBench(options: BenchOptions): Promise<void> {
  const measured = measuredWith(options, 'propagation')
  const ladder = options.quick ? QUICK_LADDER : LADDER
  const timing = options.quick ? QUICK_TIMING : TIMING
  const rig = new Rig()
  const runs: Array<{ server: ServerKind; n: number; result: LoadResult }> = []
  const summaries: PointSummary[] = []
  const done = new Set<ServerKind>()
  try {
    // JIT warm-up for both servers (not reported).
    for (const kind of ['weave', 'stock'] as const)
      await runOnce(rig, kind, 10, { ...timing, measureMs: 1000 })
    for (const n of ladder) {
      const withLeveldb = M7_POINTS.includes(n) || (options.quick && n === ladder[0])
      const kinds = order(withLeveldb).filter((kind) => !done.has(kind) || M1_POINTS.includes(n))
      // A server past its knee runs the remaining BEN-M1 points once, not twice.
      const plan = kinds.filter((kind, i) => !done.has(kind) || kinds.indexOf(kind) === i)
      const byKind = new Map<ServerKind, LoadResult[]>()
      for (const kind of plan) {
        const result = await runOnce(rig, kind, n, timing)
        runs.push({ server: kind, n, result })
        byKind.set(kind, [...(byKind.get(kind) ?? []), result])
        process.stdout.write(`  ${kind} N=${n}: ${brief(result)}\n`)
      }
      for (const [kind, results] of byKind) {
        const summary = summarisePoint(kind, n, results)
        summaries.push(summary)
        // A miss ends the ladder even when the generator lagged too (the knee may then be
        // underestimated; the table says so), which keeps a noisy run short.
        const missed = worstP99(summary) >= SMOOTH_P99_MS
        if (kind !== 'stock-leveldb' && (missed || generatorBound(results))) done.add(kind)
      }
      if (done.has('weave') && done.has('stock') && !M1_POINTS.some((p) => p > n)) break
    }
  } finally {
    await rig.close()
  }
  const knees = {
    weave: kneeOf(summaries.filter((s) => s.server === 'weave')),
    stock: kneeOf(summaries.filter((s) => s.server === 'stock')),
  }
  await publishFormatted(
    'propagation',
    { ...(measured.meta as object), timing, ladder, knees, summaries, runs },
    render(measured.text, summaries, knees, timing),
    options,
  )
}

async function runOnce(
  rig: Rig,
  kind: ServerKind,
  n: number,
  timing: RunTiming,
): Promise<LoadResult> {
  const server = await rig.server(kind)
  const room = await server.room(n)
  const result = await rig.load(workshopPlan(`${kind} N=${n}`, room, timing, server.pid))
  if (result.status !== 'ok') await rig.restart(kind)
  return result
}

function brief(r: LoadResult): string {
  return `${r.status} writes p50/p99 ${ms(r.updates.p50)}/${ms(r.updates.p99)} ms, cursors ${ms(r.presence.p50)}/${ms(r.presence.p99)} ms, server CPU ${r.server.cpuPercent ?? '–'}%, generator lag p99 ${ms(Math.max(r.generator.loopDelayP99Ms, r.generator.sendLagP99Ms))} ms, CPU ${r.generator.cpuPercent}%${r.reason ? ` (${r.reason})` : ''}`
}

function render(
  measured: string,
  summaries: readonly PointSummary[],
  knees: Record<'weave' | 'stock', Knee>,
  timing: RunTiming,
): string {
  const at = (kind: ServerKind, n: number) =>
    summaries.find((s) => s.server === kind && s.point === n)
  const pair = (s: PointSummary | undefined, p50 = true) =>
    !s
      ? 'not run'
      : s.status !== 'ok'
        ? s.status
        : `${p50 ? `${ms(s.updatesP50)} / ` : ''}${ms(s.updatesP99)}`
  const valid = (s: PointSummary | undefined) => (s && !s.saturated ? s : undefined)
  const w10 = valid(at('weave', 10))
  const w50 = valid(at('weave', 50))
  const w250 = valid(at('weave', 250))
  const kneeText = (k: Knee) =>
    k.clients === null
      ? 'none'
      : `${k.clients}${k.limitedBy === 'generator' ? '+ (generator-limited)' : k.limitedBy === 'ladder' ? '+ (end of ladder)' : ''}`
  const ratio =
    knees.weave.clients && knees.stock.clients ? knees.weave.clients / knees.stock.clients : null
  const m7 = [10, 25, 50].map((n) => {
    const w = valid(at('weave', n))
    const s = valid(at('stock', n))
    return { n, ok: w && s ? worstOf(w) <= worstOf(s) : null, w, s, l: at('stock-leveldb', n) }
  })
  const targets = mdTable(
    ['metric', 'target', 'Weave', SERVER_NAMES.stock, 'Weave'],
    [
      [
        'BEN-M1 writes p50 / p99, N = 10',
        '≤ 2 / ≤ 10 ms',
        pair(at('weave', 10)),
        pair(at('stock', 10)),
        met(
          w10
            ? w10.status === 'ok' && (w10.updatesP50 ?? 99) <= 2 && (w10.updatesP99 ?? 99) <= 10
            : null,
        ),
      ],
      [
        'BEN-M1 writes p99, N = 50',
        '≤ 25 ms',
        pair(at('weave', 50), false),
        pair(at('stock', 50), false),
        met(w50 ? w50.status === 'ok' && (w50.updatesP99 ?? 999) <= 25 : null),
      ],
      [
        'BEN-M1 writes p99, N = 150',
        '–',
        pair(at('weave', 150), false),
        pair(at('stock', 150), false),
        '',
      ],
      [
        'BEN-M1 writes p99, N = 250',
        '≤ 100 ms',
        pair(at('weave', 250), false),
        pair(at('stock', 250), false),
        met(w250 ? w250.status === 'ok' && (w250.updatesP99 ?? 999) <= 100 : null),
      ],
      [
        'BEN-M2 largest room with p99 < 100 ms (writes and cursors)',
        '≥ 250, and ≥ 2× stock',
        kneeText(knees.weave),
        kneeText(knees.stock),
        met(
          knees.weave.limitedBy === 'generator' && knees.weave.clients === null
            ? null
            : (knees.weave.clients ?? 0) >= 250 && ratio !== null && ratio >= 2,
        ),
      ],
      [
        'BEN-M7 p99 at N ≤ 50, Weave (durable before relay) vs stock in memory',
        'Weave ≤ stock',
        m7.map((x) => `${x.n}: ${x.w ? ms(worstOf(x.w)) : '–'}`).join(', '),
        m7.map((x) => `${x.n}: ${x.s ? ms(worstOf(x.s)) : '–'}`).join(', '),
        met(m7.some((x) => x.ok === null) ? null : m7.every((x) => x.ok)),
      ],
    ],
  )
  const rows = [...summaries]
    .sort(
      (a, b) => a.point - b.point || order(true).indexOf(a.server) - order(true).indexOf(b.server),
    )
    .map((s) => [
      s.point,
      SERVER_NAMES[s.server],
      s.runs,
      ms(s.updatesP50),
      ms(s.updatesP99),
      ms(s.presenceP50),
      ms(s.presenceP99),
      count(s.deliveredPerSec),
      count(s.framesPerSec),
      s.serverCpu === null ? '–' : `${Math.round(s.serverCpu)}%`,
      ms(s.generatorLagP99),
      s.otherCpu === null ? '–' : `${Math.round(s.otherCpu)}%`,
      statusText(s),
    ])
  const detail = mdTable(
    [
      'N',
      'server',
      'runs',
      'writes p50',
      'writes p99',
      'cursors p50',
      'cursors p99',
      'delivered/s',
      'frames/s',
      'server CPU',
      'generator lag p99',
      'other CPU',
      'status',
    ],
    rows,
    'rlrrrrrrrrrrl',
  )
  return [
    '## Propagation: one room, the workshop mix (BEN-M1, BEN-M2, BEN-M7)',
    '',
    measured,
    '',
    `Each of N people moves a cursor at 20 Hz (awareness); 10% drag a note (a position write to the board at 10 Hz) and 2% type into theirs (5 keystrokes/s), at least one of each. Every write and cursor move carries a sequence number, and receivers time each from the moment it was *meant* to be sent (open loop: a slow server cannot slow the senders down, so there is no coordinated omission); a message that never arrives counts as arriving at the end of a ${timing.drainMs / 1000} s drain. 24 receivers time the writes and 4 the cursors; every client counts what it gets (writers hold a Y.Doc with their own note and do not apply what others write: their writes never depend on it). Each point runs ${timing.warmupMs / 1000} s of warm-up and ${timing.measureMs / 1000} s of measurement, twice per server in A-B-B-A order (the LevelDB variant at N ≤ 50 too); figures are medians, latencies in ms. Rate limits are raised on Weave so they do not shape the load.`,
    '',
    targets,
    '',
    `Weave/stock ratio of the BEN-M2 figure: ${ratio === null ? '–' : `${ratio.toFixed(1)}×`}. A server that misses at some N runs only the remaining BEN-M1 sizes, once.`,
    '',
    detail,
    '',
    '"delivered/s" counts messages as received: presence states plus writes, each per receiver (a batched frame carries several); "frames/s" counts WebSocket frames. "generator lag p99" is the worse of the generator’s event-loop delay and its lateness in sending; above 20 ms the generator was saturated and the point is not valid. "other CPU" is what the rest of the machine used meanwhile (in % of one core, of two): above a few tens of %, both server and generator were short of CPU and every figure of that point is pessimistic. "stalled": p99 ≥ 1 s or messages still missing after the drain.',
  ].join('\n')
}

function worstOf(s: PointSummary): number {
  return worstP99(s)
}
