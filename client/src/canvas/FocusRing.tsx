import { Rect } from './konva-nodes'
import { FOCUS_COLOR } from './theme'

/** How far the ring stands off the note, in canvas units. */
const RING_GAP = 5
const RING_WIDTH = 4

/**
 * The keyboard focus ring around a note, like the page's own focus style: a white gap, then a
 * strong outline (visible on every sector colour and on the canvas).
 */
export function FocusRing(props: { width: number; height: number }) {
  const { width, height } = props
  return (
    <>
      <Rect
        name="focus-ring"
        x={-RING_GAP - RING_WIDTH / 2}
        y={-RING_GAP - RING_WIDTH / 2}
        width={width + (RING_GAP + RING_WIDTH / 2) * 2}
        height={height + (RING_GAP + RING_WIDTH / 2) * 2}
        stroke={FOCUS_COLOR}
        strokeWidth={RING_WIDTH}
        cornerRadius={12}
        listening={false}
        perfectDrawEnabled={false}
      />
      <Rect
        x={-RING_GAP / 2}
        y={-RING_GAP / 2}
        width={width + RING_GAP}
        height={height + RING_GAP}
        stroke="#ffffff"
        strokeWidth={RING_GAP - 1}
        cornerRadius={10}
        listening={false}
        perfectDrawEnabled={false}
      />
    </>
  )
}
