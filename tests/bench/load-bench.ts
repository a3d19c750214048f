import fs from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import * as Y from 'yjs'
import { tempDataDir } from '../helpers/server.js'
import { buildBoard, joinSeeded, seedWeaveBoard, type Board } from './board.js'
import type { JoinResult } from './load/joins.js'
import type { LatencySummary } from './load/plan.js'
import { summariseLatency } from './load/sequence-timer.js'
import { count, measuredWith, mdTable, met, ms, publishFormatted } from './markdown.js'
import type { BenchOptions } from './options.js'
import { summarise } from './report.js'
import { Rig } from './rig.js'
import { SERVER_NAMES, type ServerKind } from './servers/types.js'
import type { WeaveBenchServer } from './servers/weave.js'

const JOIN_TIMEOUT_MS = 20_000
/** Weave unloads an empty room this soon, so each cold join loads from the store. */
const COLD_IDLE_UNLOAD_MS = 300
/** Time for an empty room to unload (idle delay, then its control room's) before the next cold join. */
const COLD_GAP_MS = 1500
const WARM_GAP_MS = 250
const CROWD = 50
const CROWD_SPREAD_MS = 1000

/** What loading the board took on one server. */
interface LoadFigures {
  readonly server: ServerKind
  readonly cold: LatencySummary | null
  readonly coldSamples: number[]
  readonly warm: LatencySummary
  readonly warmSamples: number[]
  readonly crowd: JoinResult
}

/**
 * BEN-M5: loading a 5,000-note, 1,000-thread board cold and warm, and 50 people joining in a
 * second.
 */
export async function runLoadBench(options: BenchOptions): Promise<void> {
  const measured = measuredWith(options, 'load')
  const trials = options.quick ? 3 : 12
  const board = buildBoard()
  const applyStarted = performance.now()
  Y.applyUpdate(new Y.Doc(), board.update)
  const clientApplyMs = performance.now() - applyStarted
  const figures: LoadFigures[] = []
  for (const kind of ['weave', 'stock', 'stock-leveldb'] as const) {
    process.stdout.write(`  ${kind}...\n`)
    figures.push(await measureServer(kind, board, trials))
  }
  const weave = figures.find((f) => f.server === 'weave')!
  const stock = figures.find((f) => f.server === 'stock')!
  const leveldb = figures.find((f) => f.server === 'stock-leveldb')!
  const targets = mdTable(
    ['metric', 'target', 'Weave', SERVER_NAMES.stock, SERVER_NAMES['stock-leveldb'], 'Weave'],
    [
      [
        'cold, from the store: p95',
        '≤ 500 ms',
        ms(p95Of(weave.coldSamples)),
        'n/a (no store)',
        ms(p95Of(leveldb.coldSamples)),
        met(p95Of(weave.coldSamples) <= 500),
      ],
      [
        'warm (room loaded): p95',
        '≤ 150 ms',
        ms(p95Of(weave.warmSamples)),
        ms(p95Of(stock.warmSamples)),
        ms(p95Of(leveldb.warmSamples)),
        met(p95Of(weave.warmSamples) <= 150),
      ],
      [
        `${CROWD} people joining within 1 s: p99`,
        '≤ 2 s',
        crowdText(weave.crowd),
        crowdText(stock.crowd),
        crowdText(leveldb.crowd),
        met(weave.crowd.failures === 0 && weave.crowd.times.p99 <= 2000),
      ],
    ],
  )
  const detail = mdTable(
    [
      'server',
      'cold p50 / max',
      'warm p50 / max',
      `${CROWD} joins p50 / p99 / max`,
      'failed joins',
    ],
    figures.map((f) => [
      SERVER_NAMES[f.server],
      f.cold ? `${ms(f.cold.p50)} / ${ms(f.cold.max)}` : 'n/a',
      `${ms(f.warm.p50)} / ${ms(f.warm.max)}`,
      `${ms(f.crowd.times.p50)} / ${ms(f.crowd.times.p99)} / ${ms(f.crowd.times.max)}`,
      f.crowd.failures,
    ]),
  )
  const markdown = [
    '## Loading a board (BEN-M5): 5,000 notes and 1,000 threads',
    '',
    measured.text,
    '',
    `The board is ${count(board.bytes / 1024)} KiB as one Yjs update. A join is timed from the moment it was meant to start (open loop) until the client has received the whole board (for a single join, checked against the board's state vector: the LevelDB variant answers a joiner before it has read the stored document and sends the content afterwards). Cold: the room is not loaded (Weave unloads it ${COLD_IDLE_UNLOAD_MS} ms after the last person leaves, so each join reads SQLite; the LevelDB variant frees a document when its last connection closes); ${trials} joins after one unmeasured warm-up join. Warm: someone is already in the room; ${trials} joins one after another. Crowd: ${CROWD} people open the board at moments spread evenly over one second while someone is in the room. Applying the board takes a client ${ms(clientApplyMs)} ms more (measured once here, in Node), which these figures leave out.`,
    '',
    targets,
    '',
    detail,
  ].join('\n')
  await publishFormatted(
    'load',
    { ...(measured.meta as object), trials, boardBytes: board.bytes, clientApplyMs, figures },
    markdown,
    options,
  )
}

function p95Of(samples: readonly number[]): number {
  return samples.length === 0 ? NaN : summarise(samples).p95
}

function crowdText(result: JoinResult): string {
  return `${ms(result.times.p99)}${result.failures ? ` (${result.failures} failed)` : ''}`
}

async function measureServer(kind: ServerKind, board: Board, trials: number): Promise<LoadFigures> {
  const dataDir = kind === 'weave' ? tempDataDir('weave-bench-') : null
  const seeded = dataDir ? await seedWeaveBoard(dataDir, board) : null
  const rig = new Rig({
    weave: { ...(dataDir ? { dataDir } : {}), idleUnloadMs: COLD_IDLE_UNLOAD_MS },
  })
  try {
    const server = await rig.server(kind)
    const urls = seeded
      ? await joinSeeded(
          (server as WeaveBenchServer).httpUrl,
          (server as WeaveBenchServer).wsUrl,
          seeded,
          3 + CROWD,
        )
      : Array.from({ length: 3 + CROWD }, () => '')
    if (!seeded) {
      const room = await server.room(3 + CROWD)
      room.seats.forEach((seat, i) => (urls[i] = seat.url))
      await rig.hold({
        urls: [room.owner.url],
        awarenessIdBase: 900_000,
        timeoutMs: 60_000,
        upload: board.update,
      })
      if (kind === 'stock-leveldb') {
        await rig.release() // its last connection gone, the document is stored and freed
        await sleep(2000)
      }
    }
    const one = async (url: string) =>
      (
        await rig.joins({
          urls: [url],
          spreadMs: 0,
          timeoutMs: JOIN_TIMEOUT_MS,
          target: board.target,
        })
      ).samplesMs[0]!
    const coldSamples: number[] = []
    if (kind !== 'stock') {
      await one(urls[0]!)
      for (let i = 0; i < trials; i++) {
        await sleep(COLD_GAP_MS)
        coldSamples.push(await one(urls[0]!))
      }
    }
    // Someone stays in the room from here on: joins are warm.
    await rig.hold({ urls: [urls[1]!], awarenessIdBase: 800_000, timeoutMs: 60_000 })
    await one(urls[2]!)
    const warmSamples: number[] = []
    for (let i = 0; i < trials; i++) {
      await sleep(WARM_GAP_MS)
      warmSamples.push(await one(urls[2]!))
    }
    const crowd = await rig.joins({
      urls: urls.slice(3),
      spreadMs: CROWD_SPREAD_MS,
      timeoutMs: JOIN_TIMEOUT_MS,
      target: null,
    })
    return {
      server: kind,
      cold: coldSamples.length ? summariseLatency(coldSamples) : null,
      coldSamples,
      warm: summariseLatency(warmSamples),
      warmSamples,
      crowd,
    }
  } finally {
    await rig.close()
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
