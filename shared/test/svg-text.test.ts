import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeXml, fitLine, stripForbiddenXmlChars, textWidth, wrapText } from '../src/index.js'
import { C0_CONTROLS } from './fixtures/hostile-export.js'
import { forbiddenXmlChars } from './svg-checks.js'

const NOTE = { fontSize: 16 }

describe('SVG text', () => {
  it('escapes markup and drops what XML 1.0 forbids', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a> ]]>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt; ]]&gt;',
    )
    expect(stripForbiddenXmlChars(`a${C0_CONTROLS}b`)).toBe('a\t\n\rb')
    expect(stripForbiddenXmlChars('x\ud800y\udfffz\ufffe\uffff')).toBe('xyz')
    expect(stripForbiddenXmlChars('🙂 ok')).toBe('🙂 ok')
  })

  it('leaves no forbidden character and no raw markup, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const escaped = escapeXml(text)
        expect(forbiddenXmlChars(escaped)).toEqual([])
        expect(escaped).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|apos);)/)
      }),
    )
  })

  it('wraps at spaces and keeps the author’s line breaks', () => {
    const { lines, truncated } = wrapText('Teachers are often the first\r\nto notice', 176, NOTE)
    expect(lines).toEqual(['Teachers are often', 'the first', 'to notice'])
    expect(truncated).toBe(false)
    for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(176)
  })

  it('breaks words too long for a line, never inside an emoji', () => {
    const family = '👩‍👩‍👧'
    const { lines } = wrapText(`${'x'.repeat(60)}${family.repeat(20)}`, 100, NOTE)
    expect(lines.length).toBeGreaterThan(3)
    for (const line of lines) {
      expect(textWidth(line, 16)).toBeLessThanOrEqual(100)
      expect(line.replace(/x/g, '').split(family).join('')).toBe('')
    }
  })

  it('ends with an ellipsis when the text does not fit its lines', () => {
    const { lines, truncated } = wrapText('word '.repeat(400), 176, NOTE, 4)
    expect(lines).toHaveLength(4)
    expect(truncated).toBe(true)
    expect(lines[3]?.endsWith('…')).toBe(true)
    expect(textWidth(lines[3] ?? '', 16)).toBeLessThanOrEqual(176)
    expect(wrapText('anything', 176, NOTE, 0)).toEqual({ lines: [], truncated: true })
  })

  it('fits one line with an ellipsis', () => {
    expect(fitLine('Health', 200, { fontSize: 19, weight: 'bold' })).toBe('Health')
    const cut = fitLine('Community & non-profit organisations', 150, {
      fontSize: 19,
      weight: 'bold',
    })
    expect(cut.endsWith('…')).toBe(true)
    expect(textWidth(cut, 19, 'bold')).toBeLessThanOrEqual(150)
    expect(fitLine('two\nlines', 200, { fontSize: 12 })).toBe('two lines')
  })
})
