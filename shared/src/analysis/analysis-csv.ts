import { toCsv } from '../export/csv.js'
import type { WorkshopExport } from '../export/format.js'
import { codeCounts, UNGROUPED_THEME } from './code-counts.js'
import { weaveMatrix } from './weave-matrix.js'

/**
 * The codebook with its counts: one row per theme (then its codes), with the number of distinct
 * notes in total and per lane. Columns: theme, code, description, notes, then one per lane.
 */
export function themesCsv(exp: WorkshopExport): string {
  const table = codeCounts(exp, 'lane')
  const themes = new Map(exp.codebook.themes.map((theme) => [theme.id, theme]))
  const codes = new Map(exp.codebook.codes.map((code) => [code.id, code]))
  const header = ['theme', 'code', 'description', 'notes', ...table.columns.map((c) => c.label)]
  const rows = table.rows.map((row) => {
    const theme = row.themeId === null ? undefined : themes.get(row.themeId)
    const themeName = theme?.name ?? UNGROUPED_THEME.label
    const counts = table.columns.map((column) => row.cells[column.id]?.length ?? 0)
    if (row.kind === 'theme') {
      return [themeName, '', theme?.description ?? '', row.total.length, ...counts]
    }
    const description = codes.get(row.id)?.description ?? ''
    return [themeName, row.label, description, row.total.length, ...counts]
  })
  return toCsv(header, rows)
}

/** The weave matrix as a square table: lane names across the top and down the first column. */
export function matrixCsv(exp: WorkshopExport): string {
  const matrix = weaveMatrix(exp)
  const header = ['lane', ...matrix.lanes.map((lane) => lane.name)]
  const rows = matrix.lanes.map((lane, i) => [lane.name, ...(matrix.counts[i] ?? [])])
  return toCsv(header, rows)
}
