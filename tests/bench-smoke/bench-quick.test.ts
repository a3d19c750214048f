import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { REPO_ROOT } from '../helpers/server.js'

/** Every suite, in its short mode, as CI's smoke test of the harness (no figure is asserted). */
const SUITES = [
  'propagation',
  'throughput',
  'memory',
  'load',
  'soak',
  'cluster',
  'render',
  'export',
]

function hashOf(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

it('runs every benchmark suite in quick mode, and a quick run publishes nothing', async () => {
  const doc = path.join(REPO_ROOT, 'docs/benchmarks.md')
  const before = hashOf(doc)
  const output: string[] = []
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/bench/run.ts', ...SUITES, '--quick'],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.on('exit', resolve)
  })
  const text = output.join('')
  expect(code, text.slice(-4000)).toBe(0)
  for (const suite of SUITES) expect(text).toContain(`bench: ${suite} took`)
  // Each suite printed its section (quick runs print instead of publishing).
  expect(text.match(/^## /gm)?.length ?? 0).toBeGreaterThanOrEqual(SUITES.length)
  expect(hashOf(doc)).toBe(before)
}, 900_000)
