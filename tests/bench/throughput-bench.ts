import type { ClientSpec, LoadPlan, LoadResult } from './load/plan.js'
import { spread, type RunTiming } from './load/workshop-mix.js'
import { count, measuredWith, mdTable, met, ms, publishFormatted } from './markdown.js'
import type { BenchOptions } from './options.js'
import { statusText, summarisePoint, type PointSummary } from './point-summary.js'
import { Rig } from './rig.js'
import { SERVER_NAMES, type BenchRoom, type ServerKind } from './servers/types.js'

/** A rate is sustained while every write arrives and p99 stays under this. */
const SUSTAINED_P99_MS = 500
const TIMING: RunTiming = {
  warmupMs: 1000,
  measureMs: 3000,
  drainMs: 3000,
  connectTimeoutMs: 30_000,
}
const QUICK_TIMING: RunTiming = {
  warmupMs: 500,
  measureMs: 1500,
  drainMs: 2000,
  connectTimeoutMs: 20_000,
}

/** Applied updates: many small rooms of writers, so fan-out stays small and applying dominates. */
const APPLY = { rooms: 16, writersPerRoom: 4, rates: [1000, 2000, 5000, 10_000, 20_000, 30_000] }
const QUICK_APPLY = { rooms: 4, writersPerRoom: 4, rates: [500, 2000] }
/** Delivered messages: one big room, a few writers, every write delivered to everyone. */
const FANOUT = { receivers: 200, writers: 10, rates: [100, 250, 500, 1000, 2000] }
const QUICK_FANOUT = { receivers: 50, writers: 5, rates: [100, 250] }

type Scenario = 'apply' | 'fanout'

/** BEN-M3: applied updates per second and delivered messages per second, Weave and stock. */
export async function runThroughputBench(options: BenchOptions): Promise<void> {
  const measured = measuredWith(options, 'throughput')
  const timing = options.quick ? QUICK_TIMING : TIMING
  const apply = options.quick ? QUICK_APPLY : APPLY
  const fanout = options.quick ? QUICK_FANOUT : FANOUT
  const rig = new Rig()
  const summaries: Record<Scenario, PointSummary[]> = { apply: [], fanout: [] }
  const runs: Array<{ scenario: Scenario; server: ServerKind; rate: number; result: LoadResult }> =
    []
  try {
    for (const scenario of ['apply', 'fanout'] as const) {
      const rates = scenario === 'apply' ? apply.rates : fanout.rates
      const active = new Set<ServerKind>(['weave', 'stock'])
      for (const [step, rate] of rates.entries()) {
        // A-B at one rate, B-A at the next.
        const kinds = (step % 2 ? ['stock', 'weave'] : ['weave', 'stock']) as ServerKind[]
        for (const kind of kinds.filter((k) => active.has(k))) {
          const server = await rig.server(kind)
          const plan =
            scenario === 'apply'
              ? applyPlan(
                  await rooms(server.room.bind(server), apply.rooms, apply.writersPerRoom),
                  rate,
                  timing,
                  server.pid,
                )
              : fanoutPlan(
                  await server.room(fanout.receivers + fanout.writers),
                  fanout.writers,
                  rate,
                  timing,
                  server.pid,
                )
          const result = await rig.load(plan)
          if (result.status !== 'ok') await rig.restart(kind)
          runs.push({ scenario, server: kind, rate, result })
          const summary = summarisePoint(kind, rate, [result])
          summaries[scenario].push(summary)
          process.stdout.write(
            `  ${scenario} ${kind} ${rate} writes/s: ${result.status}, delivered ${count(result.delivered.updateWritesPerSec)} writes/s, p99 ${ms(result.updates.p99)} ms, server CPU ${result.server.cpuPercent ?? '–'}%, generator lag ${ms(Math.max(result.generator.loopDelayP99Ms, result.generator.sendLagP99Ms))} ms\n`,
          )
          if (!sustained(summary)) active.delete(kind)
        }
        if (active.size === 0) break
      }
    }
  } finally {
    await rig.close()
  }
  await publishFormatted(
    'throughput',
    { ...(measured.meta as object), timing, apply, fanout, summaries, runs },
    render(measured.text, summaries, apply, fanout, timing),
    options,
  )
}

function sustained(s: PointSummary): boolean {
  return s.status === 'ok' && !s.saturated && (s.updatesP99 ?? Infinity) < SUSTAINED_P99_MS
}

async function rooms(
  create: (count: number) => Promise<BenchRoom>,
  count: number,
  size: number,
): Promise<BenchRoom[]> {
  const made: BenchRoom[] = []
  for (let i = 0; i < count; i++) made.push(await create(size))
  return made
}

function writerSpec(room: BenchRoom, seat: number, roomIndex: number, timed: boolean): ClientSpec {
  const s = room.seats[seat]!
  return {
    url: s.url,
    room: roomIndex,
    role: 'drag',
    author: s.author,
    laneId: s.laneId,
    timedUpdates: timed,
    timedPresence: false,
  }
}

function applyPlan(
  rooms: BenchRoom[],
  rate: number,
  timing: RunTiming,
  serverPid: number,
): LoadPlan {
  const clients = rooms.flatMap((room, r) =>
    room.seats.map((_, i) => writerSpec(room, i, r, i === 0)),
  )
  return basePlan(`apply ${rate}/s`, clients, rate / clients.length, timing, serverPid)
}

function fanoutPlan(
  room: BenchRoom,
  writers: number,
  rate: number,
  timing: RunTiming,
  serverPid: number,
): LoadPlan {
  const writing = new Set(spread(room.seats.length, writers))
  const receivers = room.seats.map((_, i) => i).filter((i) => !writing.has(i))
  const timed = new Set(spread(receivers.length, 24).map((j) => receivers[j]!))
  const clients = room.seats.map((seat, i): ClientSpec => ({
    url: seat.url,
    room: 0,
    role: writing.has(i) ? 'drag' : 'cursor',
    author: seat.author,
    laneId: seat.laneId,
    timedUpdates: timed.has(i),
    timedPresence: false,
  }))
  return basePlan(`fan-out ${rate}/s`, clients, rate / writers, timing, serverPid)
}

function basePlan(
  label: string,
  clients: ClientSpec[],
  dragHz: number,
  timing: RunTiming,
  serverPid: number,
): LoadPlan {
  return {
    label,
    clients,
    cursorHz: 0,
    dragHz,
    typeHz: 0,
    ...timing,
    precompute: true,
    applyRemote: false,
    serverPid,
  }
}

function render(
  measured: string,
  summaries: Record<Scenario, PointSummary[]>,
  apply: typeof APPLY,
  fanout: typeof FANOUT,
  timing: RunTiming,
): string {
  const best = (scenario: Scenario, kind: ServerKind, pick: (s: PointSummary) => number | null) => {
    const ok = summaries[scenario].filter((s) => s.server === kind && sustained(s))
    return ok.length ? Math.max(...ok.map((s) => pick(s) ?? 0)) : null
  }
  const applied = (kind: ServerKind) => best('apply', kind, (s) => s.point)
  const delivered = (kind: ServerKind) => best('fanout', kind, (s) => s.updateWritesPerSec)
  const atLeast = (value: number | null, unit: string) =>
    value === null ? 'none sustained' : `${count(value)} ${unit}`
  const targets = mdTable(
    ['metric', 'target', 'Weave', SERVER_NAMES.stock, 'Weave'],
    [
      [
        'applied updates/s (highest sustained rate)',
        '≥ 20,000/s',
        atLeast(applied('weave'), '/s'),
        atLeast(applied('stock'), '/s'),
        met((applied('weave') ?? 0) >= 20_000),
      ],
      [
        'delivered messages/s (highest sustained)',
        '≥ 100,000/s',
        atLeast(delivered('weave'), '/s'),
        atLeast(delivered('stock'), '/s'),
        met((delivered('weave') ?? 0) >= 100_000),
      ],
    ],
  )
  const table = (scenario: Scenario) =>
    mdTable(
      [
        'offered writes/s',
        'server',
        'writes delivered/s',
        'frames/s',
        'p50',
        'p99',
        'server CPU',
        'generator lag p99',
        'other CPU',
        'status',
        'sustained',
      ],
      summaries[scenario].map((s) => [
        count(s.point),
        SERVER_NAMES[s.server],
        count(s.updateWritesPerSec),
        count(s.framesPerSec),
        ms(s.updatesP50),
        ms(s.updatesP99),
        s.serverCpu === null ? '–' : `${Math.round(s.serverCpu)}%`,
        ms(s.generatorLagP99),
        s.otherCpu === null ? '–' : `${Math.round(s.otherCpu)}%`,
        statusText(s),
        sustained(s) ? 'yes' : 'no',
      ]),
      'rlrrrrrrrll',
    )
  return [
    '## Throughput (BEN-M3)',
    '',
    measured,
    '',
    `Applied updates: ${apply.rooms} rooms of ${apply.writersPerRoom} participants, each dragging their note (position writes) as fast as the offered rate says, with no cursors; every write is encoded before the run (the generator then only sends) and timed by one participant per room. Delivered messages: one room of ${fanout.receivers} people watching and ${fanout.writers} dragging, so every write goes to everyone (presence fan-out is in the propagation table's "delivered/s"). Each rate runs ${timing.warmupMs / 1000} s of warm-up and ${timing.measureMs / 1000} s of measurement, once per server, alternating which goes first; a server stops at its first rate that is not sustained (every write delivered, p99 < ${SUSTAINED_P99_MS} ms). "writes delivered/s" counts each write once per receiver (Weave batches several into one frame).`,
    '',
    targets,
    '',
    '### Applied updates',
    '',
    table('apply'),
    '',
    '### Delivered messages',
    '',
    table('fanout'),
  ].join('\n')
}
