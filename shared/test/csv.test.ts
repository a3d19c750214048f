import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { neutraliseCell, toCsv } from '../src/index.js'

describe('CSV export', () => {
  it('quotes per RFC 4180 with CRLF line ends', () => {
    const csv = toCsv(
      ['text', 'votes'],
      [
        ['plain', 3],
        ['with, comma', null],
        ['with "quotes"\nand a line', 0],
      ],
    )
    expect(csv).toBe(
      'text,votes\r\nplain,3\r\n"with, comma",\r\n"with ""quotes""\nand a line",0\r\n',
    )
  })

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    for (const evil of ['=1+1', '+cmd', '-2', '@SUM(A1)', '\tx', '\rx', '\nx']) {
      expect(neutraliseCell(evil).startsWith("'")).toBe(true)
    }
    expect(neutraliseCell('fine = yes')).toBe('fine = yes')
  })

  it('round-trips any text, and no exported cell begins with a trigger', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), {
          maxLength: 20,
        }),
        (rows) => {
          const csv = toCsv(['a', 'b'], rows)
          const parsed = parse(csv, {
            record_delimiter: '\r\n',
            relax_column_count: false,
          }) as string[][]
          expect(parsed[0]).toEqual(['a', 'b'])
          const body = parsed.slice(1)
          expect(body).toHaveLength(rows.length)
          body.forEach((row, i) =>
            row.forEach((cell, j) => {
              expect(/^[=+\-@\t\r\n]/.test(cell)).toBe(false)
              expect(cell).toBe(neutraliseCell(rows[i]![j]!))
            }),
          )
        },
      ),
      { seed: 7, numRuns: 300 },
    )
  })
})
