import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ESLint, type Linter } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  foldersOnDisk,
  forbiddenFor,
  layerMap,
  PACKAGES,
  REPO_ROOT,
  rootModulesOnDisk,
  type PackageLayers,
} from './layer-map.js'

const FIXTURES = 'tests/lint-fixtures'

// The project's own config; `ignore: false` so the fixtures (ignored by `pnpm run lint`) are linted.
const options = { cwd: REPO_ROOT, overrideConfigFile: 'eslint.config.js', ignore: false }
let eslint: ESLint
/** The same without the cycle check, which would follow each fixture's imports through the tree. */
let layersOnly: ESLint
beforeAll(async () => {
  eslint = new ESLint(options)
  layersOnly = new ESLint({
    ...options,
    overrideConfig: {
      files: ['{shared,server,client}/src/**/*.{ts,tsx}'],
      rules: { 'import-x/no-cycle': 'off' },
    },
  })
  // The first lint loads the parsers and plugins: do it here, not inside the first test.
  await layersOnly.lintText('', { filePath: path.join(REPO_ROOT, 'server/src/warm-up.ts') })
}, 60_000)

async function lint(code: string, filePath: string): Promise<Linter.LintMessage[]> {
  const [result] = await layersOnly.lintText(code, { filePath: path.join(REPO_ROOT, filePath) })
  return result?.messages ?? []
}

const lintFixture = (fixture: string, filePath: string) =>
  lint(readFileSync(path.join(REPO_ROOT, FIXTURES, fixture), 'utf8'), filePath)

/** The lines an import restriction was reported on, with its message. */
const restricted = (messages: Linter.LintMessage[]) =>
  messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map(({ line, message }) => ({ line, message }))

/** A file importing `modules` one per line (line n + 1 imports modules[n]), as files here write imports. */
function importLines(name: string, modules: readonly string[]): string {
  const extension = name === 'server' ? '.js' : ''
  return modules.map((module) => `import '${module}${extension}'\n`).join('')
}

describe('the layer map covers the tree', () => {
  it.each(PACKAGES)('%s: every folder of src/ has a layer, and every layer a folder', (name) => {
    expect(Object.keys(layerMap[name].folders).sort()).toEqual(foldersOnDisk(layerMap[name]))
  })

  it.each(PACKAGES)('%s: every module in src/ itself is a leaf or an entry file', (name) => {
    const { leaves, composition } = layerMap[name]
    expect([...leaves, ...composition].sort()).toEqual(rootModulesOnDisk(layerMap[name]))
  })

  it.each(PACKAGES)('%s: the folders form layers (no two may import each other)', (name) => {
    expect(cycleIn(layerMap[name])).toEqual([])
  })
})

describe.each(PACKAGES)('%s layers', (name) => {
  const pkg = layerMap[name]
  const entries = pkg.composition.map((entry) => `../${entry}`)
  const leaves = pkg.leaves.map((leaf) => `../${leaf}`)

  it.each(Object.keys(pkg.folders))('%s/ imports only what its layer allows', async (folder) => {
    const forbidden = forbiddenFor(pkg, folder)
    const allowed = [...(pkg.folders[folder]?.mayImport ?? []), folder]
    const targets = [...forbidden, ...allowed].map((other) => `../${other}/fixture`)
    const code = importLines(name, [...targets, ...leaves, ...entries])
    const reported = restricted(await lint(code, `${pkg.src}/${folder}/fixture.ts`))

    const expected = [
      ...forbidden.map((other, index) => ({
        line: index + 1,
        message: expect.stringContaining(`[layers] ${folder}/ must not import ${other}/: `),
      })),
      ...entries.map((_, index) => ({
        line: targets.length + leaves.length + index + 1,
        message: expect.stringContaining('the entry files compose everything'),
      })),
    ]
    expect(reported).toEqual(expected)
    for (const { message } of reported.slice(0, forbidden.length)) {
      expect(message).toContain(pkg.folders[folder]?.why)
    }
  })
})

describe('layer rules, by example', () => {
  it('rooms/ must not import sync/, http/ or workshops/', async () => {
    const reported = restricted(
      await lintFixture('rooms-above-its-layer.ts', 'server/src/rooms/fixture.ts'),
    )
    expect(reported.map(({ message }) => message)).toEqual([
      expect.stringContaining('rooms/ must not import sync/: a room must not know the transport'),
      expect.stringContaining('rooms/ must not import http/'),
      expect.stringContaining('rooms/ must not import workshops/'),
    ])
  })

  it('store/ imports nothing above it', async () => {
    const reported = restricted(
      await lintFixture('store-above-its-layer.ts', 'server/src/store/fixture.ts'),
    )
    expect(reported.map(({ message }) => message)).toEqual([
      expect.stringContaining('store/ must not import rooms/: the store is the bottom'),
      expect.stringContaining('store/ must not import auth/'),
    ])
  })

  it.each(['commands', 'hooks', 'session'])(
    '%s/ must not import ui/ or canvas/',
    async (folder) => {
      const reported = restricted(
        await lintFixture('below-components.ts', `client/src/${folder}/fixture.ts`),
      )
      expect(reported.map(({ message }) => message)).toEqual([
        expect.stringContaining(`${folder}/ must not import ui/`),
        expect.stringContaining(`${folder}/ must not import canvas/`),
      ])
    },
  )

  it('a file deep inside a folder is held to its folder’s layer', async () => {
    const code = "import '../../../app/Fixture'\nimport '../../../hooks/use-fixture'\n"
    const reported = restricted(await lint(code, 'client/src/ui/analysis/board/Fixture.tsx'))
    expect(reported).toEqual([
      { line: 1, message: expect.stringContaining('ui/ must not import app/') },
    ])
  })

  it('leaf modules import no folder, and may import one another', async () => {
    const code = "import './rooms/room.js'\nimport './config.js'\nimport './main.js'\n"
    const reported = restricted(await lint(code, 'server/src/log.ts'))
    expect(reported).toEqual([
      { line: 1, message: expect.stringContaining('leaf modules every folder may import') },
      { line: 3, message: expect.stringContaining('the entry files compose everything') },
    ])
  })

  it('a package named like a folder is not that folder', async () => {
    const code = "import 'y-protocols/sync'\nimport 'ws'\n"
    expect(restricted(await lint(code, 'server/src/rooms/fixture.ts'))).toEqual([])
  })

  it.each(['ui', 'canvas', 'app'])('components in %s/ never import Yjs', async (folder) => {
    const reported = restricted(
      await lintFixture('component-uses-yjs.tsx', `client/src/${folder}/Fixture.tsx`),
    )
    expect(reported).toEqual([
      { line: 2, message: expect.stringContaining('Components never touch Yjs') },
    ])
  })

  it('shared/ does no I/O, draws nothing and depends on no package above it', async () => {
    const reported = restricted(await lintFixture('shared-impure.ts', 'shared/src/fixture.ts'))
    expect(reported.map(({ message }) => message)).toEqual([
      expect.stringContaining('shared/ is pure'),
      expect.stringContaining('shared/ is pure'),
      expect.stringContaining('shared/ must not depend on client/ or server/'),
    ])
  })

  it('only server/src/main.ts reads process.env', async () => {
    const envRule = (messages: Linter.LintMessage[]) =>
      messages.filter((message) => message.ruleId === 'no-restricted-properties')
    expect(envRule(await lintFixture('reads-env.ts', 'server/src/rooms/fixture.ts'))).toEqual([
      expect.objectContaining({ message: expect.stringContaining('Only server/src/main.ts') }),
    ])
    expect(envRule(await lintFixture('reads-env.ts', 'server/src/main.ts'))).toEqual([])
  })

  it('two modules that import each other are a cycle', async () => {
    const results = await eslint.lintFiles([`${FIXTURES}/cycle/a.ts`, `${FIXTURES}/cycle/b.ts`])
    const cycles = results.map(
      (result) =>
        result.messages.filter((message) => message.ruleId === 'import-x/no-cycle').length,
    )
    expect(cycles).toEqual([1, 1])
  })
})

/** The folders of a cycle in the map's "may import" graph, or [] when it is a set of layers. */
function cycleIn(pkg: PackageLayers): string[] {
  const done = new Set<string>()
  const visit = (folder: string, trail: string[]): string[] => {
    if (trail.includes(folder)) return [...trail.slice(trail.indexOf(folder)), folder]
    if (done.has(folder)) return []
    for (const other of pkg.folders[folder]?.mayImport ?? []) {
      const cycle = visit(other, [...trail, folder])
      if (cycle.length > 0) return cycle
    }
    done.add(folder)
    return []
  }
  for (const folder of Object.keys(pkg.folders)) {
    const cycle = visit(folder, [])
    if (cycle.length > 0) return cycle
  }
  return []
}
