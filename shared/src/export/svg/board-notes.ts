import { findSector, noteColorForSector } from '../../model/sectors.js'
import type { ExportNote } from '../format.js'
import { ANONYMOUS_AUTHOR, BOARD_STYLE } from './board-style.js'
import { element, num, textElement } from './svg-elements.js'
import { escapeXml, fitLine, textWidth, wrapText } from './svg-text.js'
import type { Box } from '../../model/thread-geometry.js'

/** A code chip on a note: the code's name, outlined in its theme's colour. */
export interface CodeChip {
  readonly name: string
  readonly color: string
}

const CHIP_HEIGHT = 18
const CHIP_FONT_SIZE = 11
const CHIP_GAP = 4
/** Baseline offset that centres text vertically on its line (DejaVu Sans metrics). */
const BASELINE_SHIFT_EM = 0.36

/** The author line under a note's text: name (or Anonymous) and sector. */
export function authorLine(note: Pick<ExportNote, 'author' | 'authorSector'>): string {
  const name = note.author ?? ANONYMOUS_AUTHOR
  const sector = findSector(note.authorSector)?.name
  return sector ? `${name} · ${sector}` : name
}

/** One note card at `box`: fill, wrapped text, author line, vote badge and (optional) code chips. */
export function noteCardSvg(note: ExportNote, box: Box, chips: readonly CodeChip[]): string {
  const { notePadding: padding, noteMetaHeight: metaHeight } = BOARD_STYLE
  const innerWidth = Math.max(box.width - padding * 2, 1)
  const chipRow = chips.length > 0 ? chipRowSvg(chips, innerWidth, box.height) : null
  const textBottom = box.height - metaHeight - (chipRow ? CHIP_HEIGHT + CHIP_GAP : 0)
  const parts = [
    shadowSvg(box),
    element('rect', {
      width: box.width,
      height: box.height,
      rx: BOARD_STYLE.noteCornerRadius,
      fill: note.color ?? noteColorForSector(note.authorSector),
    }),
    noteTextSvg(note.text, innerWidth, textBottom - padding),
    chipRow ?? '',
    textElement(fitLine(authorLine(note), innerWidth, { fontSize: BOARD_STYLE.metaFontSize }), {
      x: padding,
      y: box.height - metaHeight / 2 + BOARD_STYLE.metaFontSize * BASELINE_SHIFT_EM,
      'font-size': BOARD_STYLE.metaFontSize,
      fill: BOARD_STYLE.noteMetaColor,
    }),
    note.votes > 0 ? voteBadgeSvg(note.votes, box.width) : '',
  ]
  return element(
    'g',
    { class: 'note', transform: `translate(${num(box.x)} ${num(box.y)})` },
    parts.join(''),
  )
}

/**
 * A soft shadow from two translucent offset cards. Not an SVG filter: resvg panics on some filter
 * regions (e.g. at the canvas edge), and a panic in its native addon aborts the whole process.
 */
function shadowSvg(box: Box): string {
  const radius = BOARD_STYLE.noteCornerRadius
  const shadow = { rx: radius, fill: '#0f172a' }
  return (
    element('rect', {
      ...shadow,
      x: -1,
      y: 1,
      width: box.width + 2,
      height: box.height + 3,
      'fill-opacity': 0.05,
    }) +
    element('rect', { ...shadow, y: 2, width: box.width, height: box.height, 'fill-opacity': 0.1 })
  )
}

function noteTextSvg(text: string, width: number, height: number): string {
  const fontSize = BOARD_STYLE.noteFontSize
  const lineHeight = fontSize * BOARD_STYLE.noteLineHeight
  const { lines } = wrapText(text, width, { fontSize }, Math.floor(height / lineHeight))
  if (lines.length === 0) return ''
  const padding = BOARD_STYLE.notePadding
  const tspans = lines.map((line, index) =>
    element(
      'tspan',
      { x: padding, y: padding + lineHeight * (index + 0.5) + fontSize * BASELINE_SHIFT_EM },
      escapeXml(line),
    ),
  )
  return element(
    'text',
    { 'font-size': fontSize, fill: BOARD_STYLE.noteTextColor },
    tspans.join(''),
  )
}

function voteBadgeSvg(votes: number, noteWidth: number): string {
  const radius = BOARD_STYLE.voteBadgeRadius
  const label = String(votes)
  const fontSize = label.length > 2 ? 12 : 14
  // A circle for one or two digits, a pill for more; its right edge stays where the circle's is.
  const width = Math.max(radius * 2, textWidth(label, fontSize, 'bold') + 12)
  const centreX = noteWidth - 4 + radius - width / 2
  return element(
    'g',
    { class: 'votes', transform: `translate(${num(centreX)} 4)` },
    element('rect', {
      x: -width / 2,
      y: -radius,
      width,
      height: radius * 2,
      rx: radius,
      fill: BOARD_STYLE.dotColor,
      stroke: '#ffffff',
      'stroke-width': 2,
    }) +
      textElement(label, {
        y: fontSize * BASELINE_SHIFT_EM,
        'font-size': fontSize,
        'font-weight': 'bold',
        'text-anchor': 'middle',
        fill: '#ffffff',
      }),
  )
}

/** Chips side by side above the author line; those that do not fit become "+N". */
function chipRowSvg(chips: readonly CodeChip[], width: number, noteHeight: number): string {
  const y = noteHeight - BOARD_STYLE.noteMetaHeight - CHIP_HEIGHT
  const style = { fontSize: CHIP_FONT_SIZE }
  const parts: string[] = []
  let x = BOARD_STYLE.notePadding
  const right = BOARD_STYLE.notePadding + width
  for (const [index, chip] of chips.entries()) {
    const rest = chips.length - index - 1
    const moreWidth = rest > 0 ? chipWidth(`+${rest}`) + CHIP_GAP : 0
    const name = fitLine(chip.name, Math.min(120, right - x - moreWidth - 12), style)
    const w = chipWidth(name)
    if (name === '…' || x + w + moreWidth > right) {
      parts.push(chipSvg(`+${chips.length - index}`, '#64748b', x, y))
      break
    }
    parts.push(chipSvg(name, chip.color, x, y))
    x += w + CHIP_GAP
  }
  return element('g', { class: 'codes' }, parts.join(''))
}

function chipWidth(text: string): number {
  return textWidth(text, CHIP_FONT_SIZE) + 12
}

function chipSvg(text: string, color: string, x: number, y: number): string {
  return (
    element('rect', {
      x,
      y,
      width: chipWidth(text),
      height: CHIP_HEIGHT,
      rx: CHIP_HEIGHT / 2,
      fill: '#ffffff',
      'fill-opacity': 0.8,
      stroke: color,
      'stroke-width': 1.5,
    }) +
    textElement(text, {
      x: x + 6,
      y: y + CHIP_HEIGHT / 2 + CHIP_FONT_SIZE * BASELINE_SHIFT_EM,
      'font-size': CHIP_FONT_SIZE,
      fill: '#1f2937',
    })
  )
}
