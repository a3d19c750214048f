import type { ExportThread } from '../format.js'
import { BOARD_STYLE, THREAD_KIND_NAMES } from './board-style.js'
import { element, num, textElement } from './svg-elements.js'
import { textWidth } from './svg-text.js'
import type { Box, Curve, Point } from '../../model/thread-geometry.js'

/** What a thread's label says: its label, with its kind when it is not a plain connection. */
export function threadCaption(thread: Pick<ExportThread, 'kind' | 'label'>): string {
  const kind = thread.kind === 'connection' ? '' : THREAD_KIND_NAMES[thread.kind]
  const label = thread.label.replace(/\s+/g, ' ').trim()
  const caption = kind && label ? `${kind}: ${label}` : kind || label
  const max = BOARD_STYLE.threadLabelMaxChars
  // Cut by code points, so an emoji is never split in half.
  const chars = Array.from(caption)
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : caption
}

/** The thread's curve as a path. */
export function threadPathSvg(thread: ExportThread, curve: Curve): string {
  const { start, c1, c2, end } = curve
  return element('path', {
    d: `M${num(start.x)} ${num(start.y)}C${num(c1.x)} ${num(c1.y)} ${num(c2.x)} ${num(c2.y)} ${num(end.x)} ${num(end.y)}`,
    fill: 'none',
    stroke: BOARD_STYLE.threadColor,
    'stroke-width': BOARD_STYLE.threadWidth,
    'stroke-opacity': BOARD_STYLE.threadOpacity,
    'stroke-linecap': 'round',
    'stroke-dasharray': thread.kind === 'gap' ? '10 9' : undefined,
  })
}

/** The box a caption's pill takes, centred on the curve's midpoint. */
export function labelBox(caption: string, middle: Point): Box {
  const padding = BOARD_STYLE.threadLabelPadding
  const width = textWidth(caption, BOARD_STYLE.threadLabelFontSize) + padding * 2
  const height = BOARD_STYLE.threadLabelFontSize + padding * 2
  return { x: middle.x - width / 2, y: middle.y - height / 2, width, height }
}

/** A white pill with the caption, centred on the curve's midpoint. */
export function threadLabelSvg(caption: string, middle: Point): string {
  const box = labelBox(caption, middle)
  const fontSize = BOARD_STYLE.threadLabelFontSize
  return element(
    'g',
    { class: 'thread-label' },
    element('rect', {
      ...box,
      rx: 10,
      fill: '#ffffff',
      stroke: '#cbd5e1',
    }) +
      textElement(caption, {
        x: middle.x,
        y: middle.y + fontSize * 0.36,
        'font-size': fontSize,
        'text-anchor': 'middle',
        fill: '#1f2937',
      }),
  )
}
