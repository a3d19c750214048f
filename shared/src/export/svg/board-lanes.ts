import { LANE_HEADER_HEIGHT, LANE_WIDTH } from '../../model/layout.js'
import { BOARD_STYLE } from './board-style.js'
import { element, num, textElement, topRoundedRectPath } from './svg-elements.js'
import { fitLine } from './svg-text.js'

/** A padlock on a 24×24 grid (the board's lock icon for locked lanes). */
const LOCK_PATH = 'M8 11V8a4 4 0 0 1 8 0v3M6 11h12v9H6z'
const LOCK_SCALE = 1.15

/** A lane column as the board draws it: tinted body, coloured header band, white name. */
export function laneColumnSvg(
  lane: { readonly name: string; readonly color: string; readonly locked: boolean },
  x: number,
  height: number,
): string {
  const radius = BOARD_STYLE.laneCornerRadius
  const fontSize = BOARD_STYLE.laneHeaderFontSize
  const lockRoom = lane.locked ? 30 : 0
  const name = fitLine(lane.name, LANE_WIDTH - 32 - lockRoom, { fontSize, weight: 'bold' })
  const parts = [
    element('rect', {
      x,
      y: 0,
      width: LANE_WIDTH,
      height,
      rx: radius,
      fill: lane.color,
      'fill-opacity': lane.locked ? 0.12 : 0.07,
      stroke: lane.color,
      'stroke-opacity': 0.3,
    }),
    element('path', {
      d: topRoundedRectPath(x, 0, LANE_WIDTH, LANE_HEADER_HEIGHT, radius),
      fill: lane.color,
    }),
    textElement(name, {
      x: x + 16,
      // Baseline that centres capitals and lower case in the band.
      y: LANE_HEADER_HEIGHT / 2 + fontSize * 0.36,
      'font-size': fontSize,
      'font-weight': 'bold',
      fill: '#ffffff',
    }),
  ]
  if (lane.locked) {
    const lockY = (LANE_HEADER_HEIGHT - 28) / 2
    parts.push(
      element('path', {
        d: LOCK_PATH,
        transform: `translate(${num(x + LANE_WIDTH - 44)} ${num(lockY)}) scale(${LOCK_SCALE})`,
        fill: 'none',
        stroke: '#ffffff',
        'stroke-width': 2.2,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      }),
    )
  }
  return element('g', { class: 'lane' }, parts.join(''))
}
