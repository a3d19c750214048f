import { describe, expect, it } from 'vitest'
import {
  checkRuleCitations,
  formatRuleReport,
  hasProblems,
  ruleIdsIn,
  type SourceFile,
} from './rule-citations.js'

const FACILITATION = `# Rules

| id     | rule                       | proven by     |
| ------ | -------------------------- | ------------- |
| FAC-F1 | Only facilitators (FAC-F2) | \`a.test.ts\` |
| FAC-F2 | Only facilitators, again   | \`a.test.ts\` |
| FAC-R1 | Rounds use server time     |               |
`
const PROTOCOL = `# Protocol

**PRO-1** The server speaks first. Not a rule: PRO-2, \`PRO-3\`.

| code | meaning    |
| ---- | ---------- |
| 4400 | bad input  |
`
const BENCHMARKS = `| metric                 | target |
| ---------------------- | ------ |
| BEN-M1 writes, N = 10  | 10 ms  |
| BEN-M1, N = 50         | 25 ms  |
| UTF-8 text             | –      |
`

const doc = (path: string, text: string): SourceFile => ({ path, text })

/**
 * A fake test file with one call per [opening, title]. Built from pieces so that this file's own
 * source holds no citation for the real check to find.
 */
function testFile(path: string, calls: Array<[string, string, string?]>): SourceFile {
  const text = calls
    .map(([opening, title, quote = "'"]) => `${opening}(${quote}${title}${quote}, () => {})`)
    .join('\n')
  return { path, text }
}

describe('rule ids in a doc', () => {
  it('takes the first word of first table cells and bold markers, nothing else', () => {
    expect(ruleIdsIn(FACILITATION)).toEqual(['FAC-F1', 'FAC-F2', 'FAC-R1'])
    expect(ruleIdsIn(PROTOCOL)).toEqual(['PRO-1'])
    expect(ruleIdsIn(BENCHMARKS)).toEqual(['BEN-M1'])
  })
})

describe('checking citations', () => {
  const docs = [
    doc('docs/facilitation.md', FACILITATION),
    doc('docs/protocol.md', PROTOCOL),
    doc('docs/benchmarks.md', BENCHMARKS),
  ]

  it('reports uncited rules, unknown and misplaced ids, and ids defined twice', () => {
    const tests = [
      testFile('tests/integration/a.test.ts', [
        ['it', '[FAC-F1] refuses participants'],
        ['it', '[FAC-Z9] a typo'],
        ['it', 'holds the lock; [FAC-F2] too late in the title'],
        ['it.skip', '[PRO-1] a skipped test proves nothing'],
        ['it.todo', '[PRO-1] neither does a todo'],
      ]),
    ]
    const report = checkRuleCitations(
      [...docs, doc('docs/api.md', '| FAC-R1 | a second definition |')],
      tests,
    )
    expect(report.uncited.map((u) => u.id)).toEqual(['FAC-F2', 'FAC-R1', 'PRO-1'])
    expect(report.unknown.map((u) => [u.id, u.citation.file])).toEqual([
      ['FAC-Z9', 'tests/integration/a.test.ts'],
    ])
    expect(report.misplaced.map((m) => m.id)).toEqual(['FAC-F2'])
    expect(report.duplicated).toEqual([
      { id: 'FAC-R1', docs: ['docs/facilitation.md', 'docs/api.md'] },
    ])
    expect(hasProblems(report)).toBe(true)
    const printed = formatRuleReport(report)
    expect(printed).toContain('FAC-R1  (docs/facilitation.md)')
    expect(printed).toContain('[FAC-Z9]  tests/integration/a.test.ts: "[FAC-Z9] a typo"')
  })

  it('counts describe titles, modifiers, template titles and several ids; exempts benchmarks', () => {
    const tests = [
      testFile('server/test/b.test.ts', [
        ['describe.skipIf(!redis)', '[FAC-F1][FAC-F2] across instances'],
        ['it.each(rows)', '[FAC-R1] row %s'],
        ['test', '[PRO-1] ${name} greets first', '`'],
      ]),
    ]
    const report = checkRuleCitations(docs, tests)
    expect(hasProblems(report)).toBe(false)
    expect(report.exempt).toEqual(['BEN-M1'])
    expect(formatRuleReport(report)).toBe(
      'Every documented rule is cited by a test.\n' +
        'Exempt: BEN-M1: benchmark targets, proven by `pnpm bench`, not by tests.',
    )
  })
})
