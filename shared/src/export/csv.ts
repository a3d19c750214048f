import { stringify } from 'csv-stringify/browser/esm/sync'

/**
 * Characters that make a spreadsheet treat a cell as a formula (CSV injection): =, +, -, @,
 * tab, carriage return and line feed at the start of a cell.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r\n]/

/**
 * A cell value made safe for spreadsheets: text that begins with a formula trigger gets a leading
 * apostrophe, which spreadsheets show as text and do not evaluate (OWASP's advice).
 */
export function neutraliseCell(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value
}

/**
 * Writes rows as RFC 4180 CSV (UTF-8, CRLF line ends, quotes where needed), every cell
 * neutralised against formula injection. `header` names the columns in order.
 */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): string {
  const cells = [header, ...rows].map((row) =>
    row.map((cell) => neutraliseCell(cell === null ? '' : String(cell))),
  )
  return stringify(cells, { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ })
}
