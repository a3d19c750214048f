import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { matrixCsv, themesCsv } from '../src/index.js'
import { hostileExport } from './fixtures/hostile-export.js'
import { sampleExport } from './fixtures/sample-export.js'

describe('analysis CSVs', () => {
  it('writes the codebook with counts per lane', async () => {
    const csv = themesCsv(sampleExport)
    await expect(csv).toMatchFileSnapshot('./golden/themes.csv')
    const rows = parse(csv) as string[][]
    expect(rows[0]).toEqual([
      'theme',
      'code',
      'description',
      'notes',
      'Health',
      'Education',
      'Community & non-profit',
      'Housing',
      'Unsorted',
    ])
    expect(rows[1]).toEqual([
      'Access barriers',
      '',
      'What keeps families from help',
      '4',
      '1',
      '0',
      '2',
      '0',
      '1',
    ])
  })

  it('writes the weave matrix as a square table', async () => {
    const csv = matrixCsv(sampleExport)
    await expect(csv).toMatchFileSnapshot('./golden/matrix.csv')
    const rows = parse(csv) as string[][]
    expect(rows).toHaveLength(6)
    expect(rows.every((row) => row.length === 6)).toBe(true)
    expect(rows[1]).toEqual(['Health', '1', '2', '1', '0', '0'])
  })

  it('neutralises hostile names', () => {
    for (const csv of [themesCsv(hostileExport), matrixCsv(hostileExport)]) {
      const cells = (parse(csv, { relax_quotes: true }) as string[][]).flat()
      expect(cells.some((cell) => /^[=+\-@]/.test(cell))).toBe(false)
    }
    expect(themesCsv(hostileExport)).toContain("'=1+1")
  })
})
