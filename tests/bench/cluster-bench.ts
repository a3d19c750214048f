import crypto from 'node:crypto'
import { clusterServices, freshSchema, type TestSchema } from '../helpers/cluster.js'
import type { LoadResult } from './load/plan.js'
import { workshopPlan, type RunTiming } from './load/workshop-mix.js'
import { measuredWith, mdTable, met, ms, count, publishFormatted, median } from './markdown.js'
import type { BenchOptions } from './options.js'
import { statusText, summarisePoint, worstP99, type PointSummary } from './point-summary.js'
import { kneeOf, SMOOTH_P99_MS, type Knee } from './propagation-bench.js'
import { Rig } from './rig.js'
import type { BenchRoom } from './servers/types.js'
import { startWeave, type WeaveBenchServer } from './servers/weave.js'

/** The two deployments compared: one instance, and two sharing rooms through Redis. */
type Layout = 'one' | 'two'
const LAYOUT_NAMES: Record<Layout, string> = {
  one: '1 instance (PostgreSQL)',
  two: '2 instances (PostgreSQL + Redis)',
}
/** A-B-B-A, as in the propagation suite. */
const ORDER: readonly Layout[] = ['one', 'two', 'two', 'one']

const LADDER = [10, 50, 100, 150, 200, 250, 300]
const QUICK_LADDER = [10, 50]
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

/** Where the suite finds PostgreSQL and Redis (the test variables, else this machine's). */
const services = clusterServices ?? {
  postgresUrl: 'postgres://postgres@127.0.0.1:5432/test',
  redisUrl: 'redis://127.0.0.1:6379',
}

/** A running deployment: its instances share one schema, one secret and one Redis prefix. */
interface Deployment {
  readonly instances: readonly WeaveBenchServer[]
  stop(): Promise<void>
}

async function deploy(layout: Layout): Promise<Deployment> {
  const schema: TestSchema = await freshSchema(services.postgresUrl)
  const env = {
    WEAVE_DATABASE_URL: schema.url,
    WEAVE_SECRET: crypto.randomBytes(32).toString('hex'),
    ...(layout === 'two'
      ? {
          WEAVE_REDIS_URL: services.redisUrl,
          WEAVE_REDIS_PREFIX: `weave-bench-${crypto.randomBytes(4).toString('hex')}`,
        }
      : {}),
  }
  const count = layout === 'two' ? 2 : 1
  const instances = await Promise.all(Array.from({ length: count }, () => startWeave({ env })))
  return {
    instances,
    async stop() {
      await Promise.all(instances.map((instance) => instance.stop()))
      await schema.drop()
    },
  }
}

/** A room on the first instance whose seats alternate between instances (as a balancer would). */
async function spreadRoom(deployment: Deployment, n: number): Promise<BenchRoom> {
  const [first] = deployment.instances
  if (!first) throw new Error('a deployment without instances')
  const room = await first.room(n)
  const seats = room.seats.map((seat, i) => {
    const instance = deployment.instances[i % deployment.instances.length]!
    return { ...seat, url: seat.url.replace(first.wsUrl, instance.wsUrl) }
  })
  return { ...room, seats }
}

/**
 * BEN-M1/BEN-M2 of the scale-out issue: one room of N people doing the workshop mix, on one
 * instance and on two instances sharing the room through Redis, both on PostgreSQL.
 */
export async function runClusterBench(options: BenchOptions): Promise<void> {
  const measured = measuredWith(options, 'cluster')
  const ladder = options.quick ? QUICK_LADDER : LADDER
  const timing = options.quick ? QUICK_TIMING : TIMING
  const rig = new Rig()
  const deployments = new Map<Layout, Deployment>()
  const summaries: Array<PointSummary<Layout>> = []
  const runs: Array<{ layout: Layout; n: number; result: LoadResult }> = []
  const done = new Set<Layout>()
  const deployment = async (layout: Layout) => {
    let d = deployments.get(layout)
    if (!d) deployments.set(layout, (d = await deploy(layout)))
    return d
  }
  const runOnce = async (layout: Layout, n: number, t: RunTiming) => {
    const d = await deployment(layout)
    const room = await spreadRoom(d, n)
    const [first, ...others] = d.instances.map((instance) => instance.pid)
    const plan = {
      ...workshopPlan(`${layout} N=${n}`, room, t, first ?? null),
      moreServerPids: others,
    }
    const result = await rig.load(plan)
    if (result.status !== 'ok') {
      await d.stop()
      deployments.delete(layout)
    }
    return result
  }
  try {
    for (const layout of ['one', 'two'] as const)
      await runOnce(layout, 10, { ...timing, measureMs: 1000 })
    for (const n of ladder) {
      const byLayout = new Map<Layout, LoadResult[]>()
      for (const layout of ORDER.filter((l) => !done.has(l))) {
        const result = await runOnce(layout, n, timing)
        runs.push({ layout, n, result })
        byLayout.set(layout, [...(byLayout.get(layout) ?? []), result])
        process.stdout.write(
          `  ${layout} N=${n}: ${result.status} writes p50/p99 ${ms(result.updates.p50)}/${ms(result.updates.p99)} ms, cursors p99 ${ms(result.presence.p99)} ms, CPU ${JSON.stringify(result.server.cpuPercentEach)}, generator CPU ${result.generator.cpuPercent}%\n`,
        )
      }
      for (const [layout, results] of byLayout) {
        const summary = summarisePoint(layout, n, results)
        summaries.push(summary)
        // Only a miss ends a layout's ladder: here the generator runs near its limit from
        // N = 50 on, so its lagging points are kept and marked, not taken as the end.
        if (worstP99(summary) >= SMOOTH_P99_MS) done.add(layout)
      }
      if (done.size === 2) break
    }
  } finally {
    await rig.close()
    for (const d of deployments.values()) await d.stop()
  }
  const knees = {
    one: kneeOf(summaries.filter((s) => s.server === 'one')),
    two: kneeOf(summaries.filter((s) => s.server === 'two')),
  }
  const cpuEach = (layout: Layout, n: number) =>
    [0, 1].map((i) =>
      median(
        runs
          .filter((r) => r.layout === layout && r.n === n)
          .map((r) => r.result.server.cpuPercentEach?.[i] ?? null)
          .filter((v): v is number => v !== null),
      ),
    )
  await publishFormatted(
    'cluster',
    { ...(measured.meta as object), timing, ladder, knees, summaries, runs },
    render(measured.text, summaries, knees, cpuEach),
    options,
  )
}

function render(
  measured: string,
  summaries: ReadonlyArray<PointSummary<Layout>>,
  knees: Record<Layout, Knee>,
  cpuEach: (layout: Layout, n: number) => Array<number | null>,
): string {
  const at = (layout: Layout, n: number) =>
    summaries.find((s) => s.server === layout && s.point === n)
  const p99 = (s: PointSummary<Layout> | undefined) =>
    !s ? 'not run' : s.status !== 'ok' ? s.status : `${ms(s.updatesP50)} / ${ms(s.updatesP99)}`
  const knee = (k: Knee) =>
    k.clients === null
      ? 'none'
      : `${k.clients}${k.limitedBy === 'generator' ? '+ (generator-limited)' : k.limitedBy === 'ladder' ? '+ (end of ladder)' : ''}`
  const points = [...new Set(summaries.map((s) => s.point))].sort((a, b) => a - b)
  const targets = mdTable(
    ['metric', 'target (benchmark issue)', LAYOUT_NAMES.one, LAYOUT_NAMES.two],
    [
      ...[10, 50, 250].map((n) => [
        `BEN-M1 writes p50 / p99, N = ${n}`,
        n === 10 ? '≤ 2 / ≤ 10 ms' : n === 50 ? 'p99 ≤ 25 ms' : 'p99 ≤ 100 ms',
        p99(at('one', n)),
        p99(at('two', n)),
      ]),
      ['BEN-M2 largest room with p99 < 100 ms', '≥ 250', knee(knees.one), knee(knees.two)],
      [
        'BEN-M2 met',
        '',
        met((knees.one.clients ?? 0) >= 250),
        met((knees.two.clients ?? 0) >= 250),
      ],
    ],
  )
  const rows = points.flatMap((n) =>
    (['one', 'two'] as const).flatMap((layout) => {
      const s = at(layout, n)
      if (!s) return []
      const each = cpuEach(layout, n)
        .slice(0, layout === 'two' ? 2 : 1)
        .map((c) => (c === null ? '–' : `${Math.round(c)}%`))
        .join(' + ')
      return [
        [
          n,
          LAYOUT_NAMES[layout],
          s.runs,
          ms(s.updatesP50),
          ms(s.updatesP99),
          ms(s.presenceP50),
          ms(s.presenceP99),
          count(s.deliveredPerSec),
          each,
          ms(s.generatorLagP99),
          s.otherCpu === null ? '–' : `${Math.round(s.otherCpu)}%`,
          statusText(s),
        ],
      ]
    }),
  )
  const detail = mdTable(
    [
      'N',
      'deployment',
      'runs',
      'writes p50',
      'writes p99',
      'cursors p50',
      'cursors p99',
      'delivered/s',
      'server CPU (each instance)',
      'generator lag p99',
      'other CPU',
      'status',
    ],
    rows,
    'rllrrrrrlrrl',
  )
  return [
    '## Scale-out: one instance vs two sharing the room through Redis (BEN-M1, BEN-M2 of the scale-out issue)',
    '',
    measured,
    '',
    'The workload is the propagation suite’s workshop mix in one room. With two instances the seats alternate between them, as a round-robin balancer would place them, so half of every delivery crosses Redis (sender on one instance, receiver on the other). Both deployments store in PostgreSQL (a fresh schema per deployment), so the difference is the fan-out alone; the SQLite figures are in the propagation section. Both instances run on the same server core: this 2-core machine has one core for servers and one for the generator, so two instances cannot add CPU here, and the comparison shows what clustering costs, not what it gains on more cores.',
    '',
    targets,
    '',
    detail,
    '',
    'How fan-out cost divides: an instance encodes and sends frames only to its own connections (N/2 each with two instances), and publishes what its clients send once to Redis; but every instance applies every accepted update and awareness change of the room (its copy of the document must stay whole for joins, rules and storage). Per-instance CPU therefore falls by less than half: the relay part halves, the apply part does not. "server CPU" is in % of one core, per instance; the rest of the columns read as in the propagation section.',
  ].join('\n')
}
