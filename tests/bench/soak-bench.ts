import fs from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { LoadResult } from './load/plan.js'
import { workshopPlan } from './load/workshop-mix.js'
import { count, measuredWith, mdTable, met, ms, publishFormatted } from './markdown.js'
import type { BenchOptions } from './options.js'
import { RESULTS_DIR } from './report.js'
import { Rig } from './rig.js'

/** Without a valid BEN-M2 figure to take 70% of, the soak runs 70% of the 250 target. */
const DEFAULT_CLIENTS = 175
/** A smaller BEN-M2 figure comes from a noisy run rather than from the server. */
const MIN_KNEE = 50
const SAMPLE_EVERY_MS = 5000
const TARGET_MIB_PER_HOUR = 5

/**
 * 70% of Weave's BEN-M2 figure from the last propagation run, when it was measured validly (the
 * server, not the generator or the end of the ladder, set it); 70% of the 250 target otherwise.
 */
function soakClients(): { clients: number; from: string } {
  try {
    const saved = JSON.parse(
      fs.readFileSync(path.join(RESULTS_DIR, 'propagation.json'), 'utf8'),
    ) as { knees?: { weave?: { clients?: number | null; limitedBy?: string } } }
    const knee = saved.knees?.weave
    if (knee?.clients && knee.limitedBy === 'server' && knee.clients >= MIN_KNEE) {
      return {
        clients: Math.round(knee.clients * 0.7),
        from: `70% of the last BEN-M2 figure, ${knee.clients}`,
      }
    }
  } catch {
    // No saved propagation result: use the default.
  }
  return {
    clients: DEFAULT_CLIENTS,
    from: '70% of the 250 target: the last propagation run gave no valid BEN-M2 figure',
  }
}

/** Least-squares slope of (x, y) points. */
function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length
  if (n < 2) return 0
  const mx = points.reduce((s, p) => s + p[0], 0) / n
  const my = points.reduce((s, p) => s + p[1], 0) / n
  const num = points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0)
  const den = points.reduce((s, p) => s + (p[0] - mx) ** 2, 0)
  return den === 0 ? 0 : num / den
}

/**
 * BEN-M8: the workshop mix at 70% of the BEN-M2 knee for `--soak-minutes`, watching Weave's
 * memory.
 */
export async function runSoakBench(options: BenchOptions): Promise<void> {
  const measured = measuredWith(options, 'soak')
  const minutes = options.quick ? 0.5 : options.soakMinutes
  const { clients, from } = soakClients()
  const rig = new Rig()
  const samples: Array<[number, number]> = []
  let result: LoadResult
  try {
    const server = await rig.weave()
    const room = await server.room(clients)
    const timing = {
      warmupMs: 10_000,
      measureMs: minutes * 60_000,
      drainMs: 3000,
      connectTimeoutMs: 30_000,
    }
    const plan = workshopPlan(`soak N=${clients}`, room, timing, server.pid, {
      updates: 4,
      presence: 0,
    })
    const started = performance.now()
    let running = true
    const sampler = (async () => {
      while (running) {
        const rss = server.rss()
        if (rss !== null) samples.push([(performance.now() - started) / 1000, rss / 2 ** 20])
        await sleep(SAMPLE_EVERY_MS)
      }
    })()
    result = await rig.load(plan)
    running = false
    await sampler
  } finally {
    await rig.close()
  }
  // Growth over the second half, once caches and the JIT have settled.
  // Growth over the second half of the measured window (after connecting and warming up).
  const end = samples.at(-1)?.[0] ?? 0
  const measuredFrom = end - minutes * 60
  const lateHalf = samples.filter(([t]) => t >= measuredFrom + (end - measuredFrom) / 2)
  const mibPerHour = slope(lateHalf) * 3600
  const rss = samples.map(([, mib]) => mib)
  const markdown = [
    '## Soak (BEN-M8)',
    '',
    measured.text,
    '',
    `**A ${minutes}-minute soak** (\`--soak-minutes ${minutes}\`${minutes < 30 ? '; the target is for 30 minutes, so this figure is only indicative' : ''}): ${clients} people (${from}) doing the workshop mix on Weave, its resident memory sampled every ${SAMPLE_EVERY_MS / 1000} s; growth is the least-squares slope over the second half of the measured window (after connecting and a 10 s warm-up).`,
    '',
    mdTable(
      ['metric', 'target', 'Weave', ''],
      [
        [
          `RSS growth (${minutes} min)`,
          `< ${TARGET_MIB_PER_HOUR} MB/hour (30 min)`,
          `${mibPerHour.toFixed(1)} MiB/hour`,
          minutes < 30
            ? `indicative only (${minutes} min)`
            : met(mibPerHour * 1.048576 < TARGET_MIB_PER_HOUR),
        ],
        [
          'RSS first / last / max',
          '',
          `${ms(rss[0])} / ${ms(rss.at(-1))} / ${ms(Math.max(...rss))} MiB`,
          '',
        ],
        [
          'writes p99 over the soak',
          '',
          `${ms(result.updates.p99)} ms (${count(result.updates.count)} timed)`,
          '',
        ],
        [
          'status',
          '',
          result.status + (result.generator.saturated ? ' (generator saturated)' : ''),
          '',
        ],
        [
          'other CPU on the machine meanwhile',
          '',
          result.otherCpuPercent === null ? '–' : `${result.otherCpuPercent}% of one core`,
          '',
        ],
      ],
    ),
  ].join('\n')
  await publishFormatted(
    'soak',
    { ...(measured.meta as object), minutes, clients, samples, mibPerHour, result },
    markdown,
    options,
  )
}
