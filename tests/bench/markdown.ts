import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as prettier from 'prettier'
import { REPO_ROOT } from '../helpers/server.js'
import type { BenchOptions } from './options.js'
import { machine, publish } from './report.js'
import { pinning } from './servers/proc.js'
import { versions } from './versions.js'

/** A markdown table; `align` gives each column's alignment ('l' or 'r'). */
export function mdTable(
  headers: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  align: string = 'l'.repeat(headers.length),
): string {
  const line = (cells: ReadonlyArray<string | number>) => `| ${cells.join(' | ')} |`
  const rule = headers.map((_, i) => (align[i] === 'r' ? '---:' : '---'))
  return [line(headers), line(rule), ...rows.map(line)].join('\n')
}

/** Where, when, with what and how a suite was measured: the paragraph under its heading. */
export function measuredWith(
  options: BenchOptions,
  suite: string,
): { text: string; meta: unknown } {
  const m = machine()
  const v = versions()
  const load = os.loadavg().map((x) => x.toFixed(1))
  const command = options.command.includes(suite) ? options.command : `pnpm bench ${suite}`
  const text = [
    `Measured ${m.date} on ${m.cpus}, Node ${m.node}, with \`${command}\`${options.quick ? ' (**quick smoke run: not comparable**)' : ''}.`,
    `Load average when the suite started: ${load.join(' / ')} (other work on the machine makes figures noisy).`,
    `Versions: Weave ${v.weaveCommit} (yjs ${v.yjs}, ws ${v.weaveWs}); stock server \`@y/websocket-server\` ${v.stock} (ws ${v.stockWs}${v.yLeveldb ? `, y-leveldb ${v.yLeveldb}` : ''}); generator ws ${v.generatorWs}.`,
    pinning()
      ? 'Servers run on core 0 and the load generator on core 1 (`taskset`), each in its own process.'
      : 'Servers and the load generator run in separate processes, not pinned to cores.',
  ].join(' ')
  return {
    text,
    meta: { ...m, loadAverage: os.loadavg(), versions: v, pinned: pinning(), quick: options.quick },
  }
}

/**
 * Publishes a suite's results with its markdown section formatted as the repository's prettier
 * does. A quick run publishes nothing: it prints its section and keeps its JSON in the temp dir,
 * so a smoke run never replaces real figures.
 */
export async function publishFormatted(
  suite: string,
  results: unknown,
  markdown: string,
  options: BenchOptions,
): Promise<void> {
  const file = path.join(REPO_ROOT, 'docs/benchmarks.md')
  const config = (await prettier.resolveConfig(file)) ?? {}
  const formatted = await prettier.format(markdown, { ...config, parser: 'markdown' })
  if (!options.quick) return publish(suite, results, formatted)
  const dir = path.join(os.tmpdir(), 'weave-bench-quick')
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, `${suite}.json`), `${JSON.stringify(results, null, 2)}\n`)
  process.stdout.write(`${formatted}\n(quick run: not published; JSON in ${dir})\n`)
}

/**
 * Formats docs/benchmarks.md as the repository's prettier check wants it (every suite's section,
 * including those written by suites that do not format their own tables).
 */
export async function formatBenchmarksDoc(): Promise<void> {
  const file = path.join(REPO_ROOT, 'docs/benchmarks.md')
  if (!fs.existsSync(file)) return
  const config = (await prettier.resolveConfig(file)) ?? {}
  const text = fs.readFileSync(file, 'utf8')
  fs.writeFileSync(file, await prettier.format(text, { ...config, filepath: file }))
}

/** A number of ms for a table: one decimal under 10, whole above. */
export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–'
  return value < 10 ? value.toFixed(1) : String(Math.round(value))
}

/** A count with thousands separators. */
export function count(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–'
  return Math.round(value).toLocaleString('en-US')
}

/** "met" / "**not met**" / "–" for a target check. */
export function met(value: boolean | null): string {
  return value === null ? '–' : value ? 'met' : '**not met**'
}

/** The median of a sample (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
