import { runExportBench } from './export-bench.js'

/**
 * `pnpm bench [suite...]`: runs the benchmark suites (all by default), saves their results in
 * tests/bench/results/ and rewrites their sections of docs/benchmarks.md.
 */
const SUITES: Record<string, () => Promise<void>> = {
  export: runExportBench,
}

const asked = process.argv.slice(2)
const unknown = asked.filter((name) => !(name in SUITES))
if (unknown.length > 0) {
  process.stderr.write(
    `Unknown suite(s): ${unknown.join(', ')}. Suites: ${Object.keys(SUITES).join(', ')}\n`,
  )
  process.exit(2)
}
for (const name of asked.length > 0 ? asked : Object.keys(SUITES)) {
  process.stdout.write(`bench: ${name}...\n`)
  await SUITES[name]!()
}
process.stdout.write('bench: done (docs/benchmarks.md updated)\n')
