import { Line } from './konva-nodes'
import type { Rect } from '../geometry/viewport-math'
import { useThreadDraft } from '../hooks/use-thread-draft'
import { curveBetween, curvePoints, curveToPoint } from './thread-geometry'
import { SELECTION_COLOR } from './theme'

/** The curve that follows the pointer while a thread is being drawn. */
export function ThreadPreview(props: { rects: ReadonlyMap<string, Rect> }) {
  const draft = useThreadDraft()
  const from = draft ? props.rects.get(draft.fromId) : undefined
  // In connect mode nothing is drawn until a note is chosen.
  if (!draft || !from || (draft.picking && !draft.targetId)) return null
  const target = draft.targetId ? props.rects.get(draft.targetId) : undefined
  const curve = target ? curveBetween(from, target) : curveToPoint(from, draft.to)
  return (
    <Line
      points={curvePoints(curve)}
      bezier
      stroke={SELECTION_COLOR}
      strokeWidth={3.5}
      opacity={0.8}
      dash={target ? undefined : [8, 8]}
      lineCap="round"
      listening={false}
      perfectDrawEnabled={false}
    />
  )
}
