/** A file's path (relative to the repository) and its text. */
export interface SourceFile {
  readonly path: string
  readonly text: string
}

/** A test title that names rule ids. */
export interface Citation {
  readonly file: string
  readonly title: string
  /** Ids in brackets at the start of the title: the ones that count. */
  readonly ids: readonly string[]
  /** Ids in brackets later in the title, which do not count. */
  readonly misplaced: readonly string[]
}

/** What `checkRuleCitations` found. */
export interface RuleReport {
  readonly uncited: ReadonlyArray<{ readonly id: string; readonly doc: string }>
  readonly unknown: ReadonlyArray<{ readonly id: string; readonly citation: Citation }>
  readonly misplaced: ReadonlyArray<{ readonly id: string; readonly citation: Citation }>
  readonly duplicated: ReadonlyArray<{ readonly id: string; readonly docs: readonly string[] }>
  /** Ids that need no test (benchmark targets). */
  readonly exempt: readonly string[]
}

/** A rule id: a per-document prefix, a dash, an optional letter and a number (FAC-F4, REL-12). */
const RULE_ID = /^[A-Z]{2,4}-[A-Z]?\d+$/
/** Benchmark targets are proven by `pnpm bench`, which measures them; no test asserts them. */
const EXEMPT_PREFIXES = ['BEN-']
/** An inline marker such as **PRO-3**. */
const BOLD_ID = /\*\*([A-Z]{2,4}-[A-Z]?\d+)\*\*/g
/**
 * The opening of an it/test/describe call up to its title's quote, through modifiers such as
 * `.each(rows)` or `.skipIf(cond)`. Skipped, todo and expected-to-fail tests prove nothing, so
 * `.skip`, `.todo` and `.fails` are not among them.
 */
const TEST_CALL =
  /(?<![\w$.])(?:it|test|describe)(?:\.(?:only|concurrent|sequential|shuffle|each|for|skipIf|runIf)(?:\((?:[^()]|\([^()]*\))*\))?)*\(\s*(['"`])/g
const BRACKETED_ID = /\[([A-Z]{2,4}-[A-Z]?\d+)\]/g

/** An id opening a longer first cell needs its letter: `BEN-M1 writes` counts, `UTF-8 text` not. */
const LEADING_RULE_ID = /^([A-Z]{2,4}-[A-Z]\d+)[,:]?\s/

/**
 * The rule ids a markdown document defines: a table row's first cell when it is an id
 * (`| FAC-F4 | ...`) or opens with one (`| BEN-M1 writes p99 | ...`), and bold markers
 * (`**PRO-3**`).
 */
export function ruleIdsIn(markdown: string): string[] {
  const ids = new Set<string>()
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) continue
    const firstCell = (line.split('|')[1] ?? '').replace(/[*`]/g, '').trim()
    const id = RULE_ID.test(firstCell) ? firstCell : LEADING_RULE_ID.exec(firstCell)?.[1]
    if (id) ids.add(id)
  }
  for (const match of markdown.matchAll(BOLD_ID)) ids.add(match[1]!)
  return [...ids]
}

/** The title starting at `text[start]` (a quote), up to its closing quote or a template hole. */
function titleAt(text: string, start: number): string {
  const quote = text[start]
  let title = ''
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i]!
    if (char === '\\') {
      title += text[++i] ?? ''
      continue
    }
    if (char === quote || (quote === '`' && text.startsWith('${', i))) break
    title += char
  }
  return title
}

/** Every it/test/describe title in a test file that names rule ids in brackets. */
export function citationsIn(file: SourceFile): Citation[] {
  const citations: Citation[] = []
  for (const match of file.text.matchAll(TEST_CALL)) {
    const title = titleAt(file.text, match.index + match[0].length - 1)
    const leading = /^(?:\s*\[[A-Z]{2,4}-[A-Z]?\d+\])+/.exec(title)?.[0] ?? ''
    const idsOf = (part: string) => [...part.matchAll(BRACKETED_ID)].map((m) => m[1]!)
    const ids = idsOf(leading)
    const misplaced = idsOf(title.slice(leading.length))
    if (ids.length > 0 || misplaced.length > 0)
      citations.push({ file: file.path, title, ids, misplaced })
  }
  return citations
}

/** Matches the rule ids of `docs` against the citations in `tests`. */
export function checkRuleCitations(
  docs: readonly SourceFile[],
  tests: readonly SourceFile[],
): RuleReport {
  const definedIn = new Map<string, string[]>()
  for (const doc of docs) {
    for (const id of ruleIdsIn(doc.text))
      definedIn.set(id, [...(definedIn.get(id) ?? []), doc.path])
  }
  const citations = tests.flatMap(citationsIn)
  const cited = new Set(citations.flatMap((c) => c.ids))
  const isExempt = (id: string) => EXEMPT_PREFIXES.some((prefix) => id.startsWith(prefix))
  const ids = [...definedIn.keys()]
  return {
    uncited: ids
      .filter((id) => !cited.has(id) && !isExempt(id))
      .map((id) => ({ id, doc: definedIn.get(id)![0]! })),
    unknown: citations.flatMap((citation) =>
      citation.ids.filter((id) => !definedIn.has(id)).map((id) => ({ id, citation })),
    ),
    misplaced: citations.flatMap((citation) => citation.misplaced.map((id) => ({ id, citation }))),
    duplicated: [...definedIn]
      .filter(([, where]) => where.length > 1)
      .map(([id, where]) => ({ id, docs: where })),
    exempt: ids.filter(isExempt),
  }
}

/** Whether the report should fail the check. */
export function hasProblems(report: RuleReport): boolean {
  return (
    report.uncited.length > 0 ||
    report.unknown.length > 0 ||
    report.misplaced.length > 0 ||
    report.duplicated.length > 0
  )
}

/** The report as lines for a terminal. */
export function formatRuleReport(report: RuleReport): string {
  const where = (c: Citation) => `${c.file}: "${c.title}"`
  const sections: Array<[string, string[]]> = [
    [
      'Rules no test cites (put [ID] at the start of the title of a test that proves it):',
      report.uncited.map(({ id, doc }) => `${id}  (${doc})`),
    ],
    [
      'Citations of ids no doc defines (a typo, or a rule renamed or removed):',
      report.unknown.map(({ id, citation }) => `[${id}]  ${where(citation)}`),
    ],
    [
      'Ids cited after the start of a title (they count only at the start):',
      report.misplaced.map(({ id, citation }) => `[${id}]  ${where(citation)}`),
    ],
    [
      'Ids defined in more than one doc (ids are per document: give each its own prefix):',
      report.duplicated.map(({ id, docs }) => `${id}  (${docs.join(', ')})`),
    ],
  ]
  const lines = sections
    .filter(([, items]) => items.length > 0)
    .flatMap(([heading, items]) => [heading, ...items.map((item) => `  ${item}`)])
  if (lines.length === 0) lines.push('Every documented rule is cited by a test.')
  if (report.exempt.length > 0)
    lines.push(
      `Exempt: ${report.exempt.join(', ')}: benchmark targets, proven by \`pnpm bench\`, not by tests.`,
    )
  return lines.join('\n')
}
