import fs from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './server.js'

/** A document of docs/, as an outside client's author reads it. */
export function readDoc(name: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'docs', name), 'utf8')
}

/**
 * The first table under `heading` in a markdown document: one record per row, keyed by the
 * header's cells, with backticks dropped.
 */
export function tableUnder(markdown: string, heading: string): Array<Record<string, string>> {
  const lines = markdown.split('\n')
  const start = lines.indexOf(heading)
  if (start < 0) throw new Error(`no "${heading}" heading`)
  const rows: string[][] = []
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2} /.test(line)) break
    if (line.startsWith('|')) {
      rows.push(
        line
          .split(/(?<!\\)\|/)
          .slice(1, -1)
          .map((cell) => cell.trim().replace(/`/g, '')),
      )
    } else if (rows.length > 0) break
  }
  const [header, , ...body] = rows
  if (!header) throw new Error(`no table under "${heading}"`)
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])))
}
