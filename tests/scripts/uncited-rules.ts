/**
 * Lists the rule ids of docs/*.md that no test cites, and citations of ids no doc defines; exits
 * 1 if there are any. Run with `pnpm run rules` (part of `pnpm check`).
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  checkRuleCitations,
  formatRuleReport,
  hasProblems,
  type SourceFile,
} from './rule-citations.js'

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const TEST_DIRS = ['tests', 'server/test', 'shared/test', 'client/test']

function read(relative: string): SourceFile {
  return { path: relative, text: fs.readFileSync(path.join(REPO_ROOT, relative), 'utf8') }
}

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts') && !file.split(path.sep).includes('node_modules'))
    .map((file) => path.posix.join(dir, file.split(path.sep).join('/')))
}

const docs = fs
  .readdirSync(path.join(REPO_ROOT, 'docs'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => read(`docs/${file}`))
const tests = TEST_DIRS.flatMap(testFiles).map(read)
const report = checkRuleCitations(docs, tests)
console.log(formatRuleReport(report))
process.exitCode = hasProblems(report) ? 1 : 0
