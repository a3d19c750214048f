import { describe, expect, it } from 'vitest'
import { boardSvg, matrixSvg } from '../src/index.js'
import { hostileExport } from './fixtures/hostile-export.js'
import { sampleExport, SAMPLE_ROOMS } from './fixtures/sample-export.js'
import { expectWellFormed, forbiddenXmlChars } from './svg-checks.js'

describe('board SVG', () => {
  it('draws the sample board', async () => {
    const svg = boardSvg(sampleExport, SAMPLE_ROOMS.main)
    await expect(svg).toMatchFileSnapshot('./golden/board-main.svg')
    expectWellFormed(svg)
    expect(svg).toContain('role="img"')
    expect(svg).toContain('<title>Main room (Growing Up Well: cross-sector workshop)</title>')
    // Five lanes (with "Unsorted"), nine notes, five threads of which four are labelled.
    expect(svg.match(/class="lane"/g)).toHaveLength(5)
    expect(svg.match(/class="note"/g)).toHaveLength(9)
    expect(svg.match(/class="thread-label"/g)).toHaveLength(4)
    expect(svg).toContain('>Referral path: Shared referral form<')
    expect(svg).toContain('>Anonymous · Education<')
  })

  it('draws code chips and a snapshot title', async () => {
    const exp = structuredClone(sampleExport)
    const room = exp.rooms.find((candidate) => candidate.id === SAMPLE_ROOMS.breakout)
    if (!room) throw new Error('the sample has a breakout room')
    room.snapshot = {
      id: 'snapend00001',
      name: 'End of round 2',
      reason: 'round-end',
      roundId: 'round000gaps',
      takenBy: null,
      takenAt: '2025-03-12T10:30:00.000Z',
    }
    const svg = boardSvg(exp, SAMPLE_ROOMS.breakout, { codes: true })
    await expect(svg).toMatchFileSnapshot('./golden/board-breakout-codes.svg')
    expectWellFormed(svg)
    expect(svg).toContain('Snapshot: End of round 2 · 2025-03-12 10:30 UTC')
    expect(svg).toContain('>Consent &amp; privacy<')
  })

  it('sizes the drawing to its content, with or without a title', () => {
    const size = (svg: string) => /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)?.slice(1)
    const titled = size(boardSvg(sampleExport, SAMPLE_ROOMS.main))
    const bare = size(boardSvg(sampleExport, SAMPLE_ROOMS.main, { title: false }))
    // Five lanes of 340 with gaps of 16, and a margin of 32 each side.
    expect(titled?.[0]).toBe(String(5 * 340 + 4 * 16 + 64))
    expect(Number(titled?.[1]) - Number(bare?.[1])).toBe(84)
  })

  it('never uses SVG filters (resvg can panic on them, which aborts the server)', () => {
    expect(boardSvg(hostileExport, SAMPLE_ROOMS.main, { codes: true })).not.toContain('filter')
  })

  it('rejects a room the export does not hold', () => {
    expect(() => boardSvg(sampleExport, 'nosuchroom')).toThrow(RangeError)
  })
})

describe('matrix SVG', () => {
  it('draws the sample weave matrix', async () => {
    const svg = matrixSvg(sampleExport)
    await expect(svg).toMatchFileSnapshot('./golden/matrix.svg')
    expectWellFormed(svg)
    expect(svg).toContain('Health–Education: 2')
    expect(svg).toContain('Isolated: Housing.')
  })

  it('draws an export without lanes', () => {
    const svg = matrixSvg({ ...sampleExport, lanes: [], rooms: [] })
    expectWellFormed(svg)
    expect(svg).toContain('No lanes yet.')
  })
})

describe('hostile text in SVG exports', () => {
  const documents = [
    boardSvg(hostileExport, SAMPLE_ROOMS.main, { codes: true }),
    boardSvg(hostileExport, SAMPLE_ROOMS.breakout),
    matrixSvg(hostileExport),
  ]

  it('contains no character XML 1.0 forbids', () => {
    for (const svg of documents) expect(forbiddenXmlChars(svg)).toEqual([])
  })

  it('contains no markup from the text', () => {
    for (const svg of documents) {
      expectWellFormed(svg)
      expect(svg).not.toMatch(/<script/i)
      expect(svg).not.toContain(']]>')
      expect(svg).not.toContain('<b>')
    }
    expect(documents[0]).toContain('&lt;script&gt;')
  })

  it('keeps emoji and right-to-left text', () => {
    expect(documents[0]).toContain('🙂')
    expect(documents[0]).toContain('שלום')
    expect(documents[0]).toContain('مرحبا')
  })

  it('cuts a 2000-character note to its card', () => {
    const svg = documents[0] ?? ''
    const card = svg.slice(svg.indexOf('Supercalifragilistic'))
    const lines = card.slice(0, card.indexOf('</text>')).match(/<tspan/g) ?? []
    // (260 - 12 padding - 26 author line) / 20.8 px per line: 10 lines (the slice starts in the first).
    expect(lines.length + 1).toBe(10)
    expect(card.slice(0, card.indexOf('</text>'))).toContain('…')
  })
})
