import { runClusterBench } from './cluster-bench.js'
import { runExportBench } from './export-bench.js'
import { runLoadBench } from './load-bench.js'
import { runMemoryBench } from './memory-bench.js'
import { runPropagationBench } from './propagation-bench.js'
import { runRenderBench } from './render-bench.js'
import { runSoakBench } from './soak-bench.js'
import { runThroughputBench } from './throughput-bench.js'
import { formatBenchmarksDoc } from './markdown.js'
import { parseArgs, type BenchOptions } from './options.js'

/**
 * `pnpm bench [suite...] [--quick] [--soak-minutes N] [--no-pin] [--cpu-prof DIR]`: runs the
 * benchmark suites (all by default), saves their results in tests/bench/results/ and rewrites
 * their sections of docs/benchmarks.md. `--quick` is a short smoke run whose figures are not
 * comparable; `--cpu-prof DIR` writes a CPU profile of every Weave server process into DIR.
 */
const SUITES: Record<string, (options: BenchOptions) => Promise<void>> = {
  propagation: runPropagationBench,
  throughput: runThroughputBench,
  memory: runMemoryBench,
  load: runLoadBench,
  soak: runSoakBench,
  cluster: runClusterBench,
  render: runRenderBench,
  export: runExportBench,
}

let parsed: ReturnType<typeof parseArgs>
try {
  parsed = parseArgs(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`)
  process.exit(2)
}
const { suites: asked, options } = parsed
const unknown = asked.filter((name) => !(name in SUITES))
if (unknown.length > 0) {
  process.stderr.write(
    `Unknown suite(s): ${unknown.join(', ')}. Suites: ${Object.keys(SUITES).join(', ')}\n`,
  )
  process.exit(2)
}
const started = performance.now()
for (const name of asked.length > 0 ? asked : Object.keys(SUITES)) {
  const suiteStarted = performance.now()
  process.stdout.write(`bench: ${name}...\n`)
  await SUITES[name]!(options)
  process.stdout.write(
    `bench: ${name} took ${Math.round((performance.now() - suiteStarted) / 1000)} s\n`,
  )
}
await formatBenchmarksDoc()
process.stdout.write(
  `bench: done in ${Math.round((performance.now() - started) / 1000)} s${options.quick ? '' : ' (docs/benchmarks.md updated)'}\n`,
)
