import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  foldersOnDisk,
  layerMap,
  PACKAGES,
  REPO_ROOT,
  rootModulesOnDisk,
  type PackageName,
} from './layer-map.js'

const HEADINGS: Record<PackageName, string> = {
  server: '## Server modules',
  client: '## Client modules',
}

interface Row {
  readonly module: string
  readonly mayImport: string
}

/** The rows of the first table under `heading`: its first column (unquoted) and its last. */
function tableRows(markdown: string, heading: string): Row[] {
  const lines = markdown.split('\n')
  const start = lines.indexOf(heading)
  if (start < 0) throw new Error(`no "${heading}" section`)
  const table: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break
    if (line.startsWith('|')) table.push(line)
    else if (table.length > 0) break
  }
  return table.slice(2).map((line) => {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim())
    return { module: (cells[0] ?? '').replace(/`/g, ''), mayImport: cells.at(-1) ?? '' }
  })
}

/** The folders a "may import" cell names, as `name/`. */
const foldersIn = (cell: string): string[] =>
  [...cell.matchAll(/`([a-z0-9-]+)\/`/g)].map((match) => match[1] ?? '').sort()

const architecture = readFileSync(path.join(REPO_ROOT, 'docs/architecture.md'), 'utf8')

describe('the table parser', () => {
  it('reads the first table under a heading, and the folders a cell names', () => {
    const markdown = [
      '## Other',
      '| module | may import |',
      '| --- | --- |',
      '| `x/` | `y/` |',
      '## Server modules',
      'Prose.',
      '',
      '| module | role | may import |',
      '| ------ | ---- | ---------- |',
      '| `rooms/` | rooms | `wire/`, `store/` and leaf modules |',
      '| `main.ts` | entry | anything |',
      '',
      '| later | table |',
    ].join('\n')
    const rows = tableRows(markdown, '## Server modules')
    expect(rows).toEqual([
      { module: 'rooms/', mayImport: '`wire/`, `store/` and leaf modules' },
      { module: 'main.ts', mayImport: 'anything' },
    ])
    expect(foldersIn(rows[0]?.mayImport ?? '')).toEqual(['store', 'wire'])
  })
})

describe.each(PACKAGES)('docs/architecture.md, %s modules', (name) => {
  const pkg = layerMap[name]
  const rows = tableRows(architecture, HEADINGS[name])
  const folderRows = rows.filter((row) => row.module.endsWith('/'))

  it('lists every folder of src/, and only those', () => {
    expect(folderRows.map((row) => row.module.slice(0, -1)).sort()).toEqual(foldersOnDisk(pkg))
  })

  it('lists every module in src/ itself, and only those', () => {
    const modules = rows.filter((row) => /\.tsx?$/.test(row.module))
    expect(modules.map((row) => row.module.replace(/\.tsx?$/, '')).sort()).toEqual(
      rootModulesOnDisk(pkg),
    )
  })

  it('says what each folder may import as the layer map does', () => {
    const documented = Object.fromEntries(
      folderRows.map((row) => [row.module.slice(0, -1), foldersIn(row.mayImport)]),
    )
    const mapped = Object.fromEntries(
      Object.entries(pkg.folders).map(([folder, { mayImport }]) => [folder, [...mayImport].sort()]),
    )
    expect(documented).toEqual(mapped)
  })
})
