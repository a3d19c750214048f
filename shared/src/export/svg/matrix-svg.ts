import { weaveMatrix, type WeaveMatrix } from '../../analysis/weave-matrix.js'
import type { WorkshopExport } from '../format.js'
import { BOARD_STYLE } from './board-style.js'
import { element, num, svgDocument, textElement } from './svg-elements.js'
import { fitLine, textWidth } from './svg-text.js'

const CELL = 60
const LABEL_FONT_SIZE = 14
const LABEL_MAX_WIDTH = 200
const SWATCH = 12
/** Column names are drawn at 45° so long lane names fit over narrow columns. */
const SIN_45 = Math.SQRT1_2
const TITLE_HEIGHT = 72
const LEGEND_HEIGHT = 64
const ISOLATED_COLOR = '#be123c'
const EMPTY_CELL = '#ffffff'
/** The heat scale runs from a pale to a deep indigo (the app's brand colour). */
const SCALE_LOW = [0xe0, 0xe7, 0xff] as const
const SCALE_HIGH = [0x31, 0x2e, 0x81] as const

/**
 * The weave matrix as a heatmap: lane names down the side and across the top, the number of threads
 * between two lanes in each cell (deeper colour for more), within-lane threads on the dashed
 * diagonal, and isolated lanes marked with a red ring.
 */
export function matrixSvg(exp: WorkshopExport): string {
  const matrix = weaveMatrix(exp)
  const names = matrix.lanes.map((lane) =>
    fitLine(lane.name, LABEL_MAX_WIDTH, { fontSize: LABEL_FONT_SIZE }),
  )
  const nameWidth = Math.max(0, ...names.map((name) => textWidth(name, LABEL_FONT_SIZE)))
  const labelWidth = SWATCH + 8 + nameWidth + 22
  const headerHeight = (nameWidth + SWATCH + 30) * SIN_45 + 12
  const margin = BOARD_STYLE.margin
  const n = matrix.lanes.length
  const gridX = margin + labelWidth
  const gridY = margin + TITLE_HEIGHT + headerHeight
  const headerRight = gridX + (n - 0.5) * CELL + (nameWidth + SWATCH + 30) * SIN_45
  const width = Math.ceil(Math.max(gridX + n * CELL, headerRight, margin + 420) + margin)
  const height = Math.ceil(gridY + n * CELL + LEGEND_HEIGHT + margin)
  const max = Math.max(0, ...matrix.counts.flat())
  const isolated = new Set(matrix.isolatedLaneIds)

  const body = [
    element('rect', { width, height, fill: '#ffffff' }),
    titleSvg(exp, matrix, width - margin * 2),
    ...matrix.lanes.map((lane, i) => {
      const y = gridY + i * CELL + CELL / 2
      return laneLabelSvg(names[i] ?? '', lane.color, isolated.has(lane.id), gridX - 10, y, 0)
    }),
    ...matrix.lanes.map((lane, j) => {
      const x = gridX + j * CELL + CELL / 2
      return laneLabelSvg(names[j] ?? '', lane.color, isolated.has(lane.id), x, gridY - 10, -45)
    }),
    ...matrix.counts.flatMap((row, i) =>
      row.map((count, j) => cellSvg(count, max, gridX + j * CELL, gridY + i * CELL, i === j)),
    ),
    n === 0
      ? textElement('No lanes yet.', { x: margin, y: gridY + 20, 'font-size': 14, fill: '#475569' })
      : '',
    legendSvg(margin, gridY + n * CELL + 28, max),
  ]
  return svgDocument({
    width,
    height,
    label: `Weave matrix (${exp.workshop.title || 'Weave workshop'})`,
    description: describeMatrix(matrix),
    body,
  })
}

function titleSvg(exp: WorkshopExport, matrix: WeaveMatrix, maxWidth: number): string {
  const margin = BOARD_STYLE.margin
  const threads = `${matrix.total} thread${matrix.total === 1 ? '' : 's'}`
  const details = [exp.workshop.title, threads].filter(Boolean).join('  ·  ')
  return (
    textElement('Weave matrix', {
      x: margin,
      y: margin + 22,
      'font-size': 24,
      'font-weight': 'bold',
      fill: BOARD_STYLE.titleColor,
    }) +
    textElement(fitLine(details, maxWidth, { fontSize: 15 }), {
      x: margin,
      y: margin + 50,
      'font-size': 15,
      fill: BOARD_STYLE.subtitleColor,
    })
  )
}

/**
 * A lane's name with its colour swatch, ending at (x, y): right-aligned for rows, or rotated by
 * `angle` degrees from its start for columns. Isolated lanes get a red ring.
 */
function laneLabelSvg(
  name: string,
  color: string,
  isolated: boolean,
  x: number,
  y: number,
  angle: number,
): string {
  const rotated = angle !== 0
  const baseline = LABEL_FONT_SIZE * 0.36
  const parts = rotated
    ? [
        swatchSvg(color, isolated, 0),
        textElement(name, {
          x: SWATCH + 10,
          y: baseline,
          'font-size': LABEL_FONT_SIZE,
          fill: '#1f2937',
        }),
      ]
    : [
        swatchSvg(color, isolated, -SWATCH),
        textElement(name, {
          x: -SWATCH - 12,
          y: baseline,
          'font-size': LABEL_FONT_SIZE,
          'text-anchor': 'end',
          fill: '#1f2937',
        }),
      ]
  const transform = `translate(${num(x)} ${num(y)})${rotated ? ` rotate(${angle})` : ''}`
  return element('g', { class: 'lane-label', transform }, parts.join(''))
}

function swatchSvg(color: string, isolated: boolean, x: number): string {
  const swatch = element('rect', {
    x,
    y: -SWATCH / 2,
    width: SWATCH,
    height: SWATCH,
    rx: 3,
    fill: color,
  })
  if (!isolated) return swatch
  return (
    swatch +
    element('circle', {
      cx: x + SWATCH / 2,
      cy: 0,
      r: SWATCH / 2 + 3.5,
      fill: 'none',
      stroke: ISOLATED_COLOR,
      'stroke-width': 2,
    })
  )
}

function heat(t: number): string {
  const channel = (i: 0 | 1 | 2) => Math.round(SCALE_LOW[i] + (SCALE_HIGH[i] - SCALE_LOW[i]) * t)
  return `#${[channel(0), channel(1), channel(2)].map((v) => v.toString(16).padStart(2, '0')).join('')}`
}

function cellSvg(count: number, max: number, x: number, y: number, diagonal: boolean): string {
  const t = max === 0 ? 0 : count / max
  const fill = count === 0 ? EMPTY_CELL : heat(t)
  return (
    element('rect', {
      x: x + 1,
      y: y + 1,
      width: CELL - 2,
      height: CELL - 2,
      rx: 6,
      fill,
      stroke: diagonal ? '#64748b' : '#e2e8f0',
      'stroke-dasharray': diagonal ? '4 3' : undefined,
    }) +
    textElement(String(count), {
      x: x + CELL / 2,
      y: y + CELL / 2 + 16 * 0.36,
      'font-size': 16,
      'font-weight': count > 0 ? 'bold' : undefined,
      'text-anchor': 'middle',
      fill: count === 0 ? '#94a3b8' : t > 0.5 ? '#ffffff' : '#1f2937',
    })
  )
}

function legendSvg(x: number, y: number, max: number): string {
  const steps = 5
  const step = 22
  const scaleX = x + 14
  const scale = Array.from({ length: steps }, (_, i) =>
    element('rect', {
      x: scaleX + i * step,
      y: y - 8,
      width: step,
      height: 16,
      fill: heat((i + 1) / steps),
    }),
  )
  const caption = (value: string, atX: number, atY: number) =>
    textElement(value, { x: atX, y: atY + 5, 'font-size': 13, fill: '#475569' })
  const maxLabel = `${Math.max(max, 1)} threads`
  const diagonalX = scaleX + steps * step + 8 + textWidth(maxLabel, 13) + 28
  const parts = [
    caption('1', x, y),
    ...scale,
    caption(maxLabel, scaleX + steps * step + 8, y),
    element('rect', {
      x: diagonalX,
      y: y - 8,
      width: 16,
      height: 16,
      rx: 3,
      fill: 'none',
      stroke: '#64748b',
      'stroke-dasharray': '4 3',
    }),
    caption('threads within one lane', diagonalX + 24, y),
    element('circle', {
      cx: x + 6,
      cy: y + 28,
      r: 6,
      fill: 'none',
      stroke: ISOLATED_COLOR,
      'stroke-width': 2,
    }),
    caption('isolated lane: no thread to another lane', x + 20, y + 28),
  ]
  return element('g', { class: 'legend' }, parts.join(''))
}

function describeMatrix(matrix: WeaveMatrix): string {
  const pairs: string[] = []
  matrix.lanes.forEach((a, i) => {
    matrix.lanes.forEach((b, j) => {
      const count = matrix.counts[i]?.[j] ?? 0
      if (j >= i && count > 0) pairs.push(`${a.name}–${b.name}: ${count}`)
    })
  })
  const isolated = matrix.lanes.filter((lane) => matrix.isolatedLaneIds.includes(lane.id))
  return [
    `Threads between sector lanes. ${pairs.join('; ') || 'No threads.'}`,
    isolated.length > 0 ? `Isolated: ${isolated.map((lane) => lane.name).join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ')
}
