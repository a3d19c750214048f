import fs from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

/**
 * Versions below which a dependency has a known advisory that matters to Weave. `pnpm audit` in
 * .ci/run is the general check; this floor still holds where the advisory database cannot be
 * reached (as on the machines this project is built on, whose registry mirror answers 405).
 */
const FLOORS: ReadonlyArray<{ name: string; floor: string; why: string }> = [
  { name: 'ws', floor: '8.21.1', why: 'DoS advisories in earlier ws 8 releases' },
]

const require = createRequire(import.meta.url)

function installedVersion(name: string): string {
  const manifest = require.resolve(`${name}/package.json`)
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version
}

function atLeast(version: string, floor: string): boolean {
  const a = version.split('.').map(Number)
  const b = floor.split('.').map(Number)
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0)
  }
  return true
}

describe('dependency floors', () => {
  it.each(FLOORS)('[REL-41] $name is at least $floor ($why)', ({ name, floor }) => {
    expect(atLeast(installedVersion(name), floor)).toBe(true)
  })
  it('compares versions numerically', () => {
    expect(atLeast('8.21.1', '8.21.1')).toBe(true)
    expect(atLeast('8.9.0', '8.21.1')).toBe(false)
    expect(atLeast('9.0.0', '8.21.1')).toBe(true)
  })
})
