import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../helpers/server.js'

/** Where each suite's latest results are kept as JSON (committed, so changes show in review). */
export const RESULTS_DIR = path.join(REPO_ROOT, 'tests/bench/results')
const BENCHMARKS_MD = path.join(REPO_ROOT, 'docs/benchmarks.md')

/** Median and 95th percentile of a sample, in its unit. */
export function summarise(samples: readonly number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0
  return { median: at(0.5), p95: at(0.95) }
}

/** The machine and versions a result was measured on. */
export function machine() {
  return {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  }
}

/**
 * Saves a suite's results as JSON and replaces its section of docs/benchmarks.md (between
 * `<!-- bench:<suite>:start -->` and `<!-- bench:<suite>:end -->`, appended when missing).
 */
export function publish(suite: string, results: unknown, markdown: string): void {
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  fs.writeFileSync(path.join(RESULTS_DIR, `${suite}.json`), `${JSON.stringify(results, null, 2)}\n`)
  const start = `<!-- bench:${suite}:start -->`
  const end = `<!-- bench:${suite}:end -->`
  const block = `${start}\n${markdown.trim()}\n${end}`
  const current = fs.existsSync(BENCHMARKS_MD)
    ? fs.readFileSync(BENCHMARKS_MD, 'utf8')
    : '# Benchmarks\n'
  const from = current.indexOf(start)
  const to = current.indexOf(end)
  const next =
    from !== -1 && to > from
      ? current.slice(0, from) + block + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${block}\n`
  fs.writeFileSync(BENCHMARKS_MD, next)
}
