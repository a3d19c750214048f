import { describe, expect, it } from 'vitest'
import { DEFAULT_SECTORS, NEUTRAL_SECTOR_COLORS } from '../src/index.js'

/** WCAG 2.x AA for normal-size text. */
const AA_TEXT_RATIO = 4.5
/** The ink the canvas and the SVG export draw on notes (client/src/canvas/theme.ts, board-style.ts). */
const NOTE_TEXT_COLOR = '#1f2937'
const NOTE_META_COLOR = '#374151'
/** Lane headers, cursors' name tags and dots draw white text on accent colours. */
const WHITE = '#ffffff'

function channel(value: number): number {
  const srgb = value / 255
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => channel(parseInt(hex.slice(at, at + 2), 16)))
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

const palette = [...DEFAULT_SECTORS, { name: 'No sector', ...NEUTRAL_SECTOR_COLORS }]

describe('sector palette contrast (WCAG AA 4.5:1)', () => {
  it('computes ratios like the WCAG formula', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })

  it.each(palette)('note text and author line stay readable on $name notes', (sector) => {
    expect(contrast(NOTE_TEXT_COLOR, sector.noteColor)).toBeGreaterThanOrEqual(AA_TEXT_RATIO)
    expect(contrast(NOTE_META_COLOR, sector.noteColor)).toBeGreaterThanOrEqual(AA_TEXT_RATIO)
  })

  it.each(palette)('white lane titles stay readable on the $name accent', (sector) => {
    expect(contrast(WHITE, sector.accentColor)).toBeGreaterThanOrEqual(AA_TEXT_RATIO)
  })
})
