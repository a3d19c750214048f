import { memo, useLayoutEffect, useRef } from 'react'
import type Konva from 'konva'
import { Group, Label, Line, Tag, Text } from './konva-nodes'
import type { Thread } from '@weave/shared'
import type { Rect } from '../geometry/viewport-math'
import { select } from '../commands/selection-commands'
import { useSession } from '../session/session-context'
import { strings } from '../i18n/strings'
import { curveBetween, curveMidpoint, curvePoints } from './thread-geometry'
import { FONT_FAMILY, SELECTION_COLOR, THREAD_COLOR, THREAD_OPACITY } from './theme'

interface ThreadNodeProps {
  readonly thread: Thread
  readonly from: Rect
  readonly to: Rect
  readonly selected: boolean
}

/** What a thread's tag says: its label, with its kind when it is not a plain connection. */
export function threadCaption(thread: Thread): string {
  const kind = thread.kind === 'connection' ? '' : strings.thread.kinds[thread.kind]
  if (kind && thread.label) return `${kind}: ${thread.label}`
  return kind || thread.label
}

function setCursor(event: Konva.KonvaEventObject<unknown>, cursor: string): void {
  const stage = event.target.getStage()
  if (stage) stage.container().style.cursor = cursor
}

/** A weaving thread: a soft curve between two notes, with its label at the middle. */
export const ThreadNode = memo(ThreadNodeView, (a, b) => {
  return (
    a.thread === b.thread &&
    a.selected === b.selected &&
    sameRect(a.from, b.from) &&
    sameRect(a.to, b.to)
  )
})

function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height
}

function ThreadNodeView(props: ThreadNodeProps) {
  const { thread, from, to, selected } = props
  const session = useSession()
  const curve = curveBetween(from, to)
  const middle = curveMidpoint(curve)
  const caption = threadCaption(thread)
  const onSelect = () => select(session, { kind: 'thread', id: thread.id })
  return (
    <Group
      name="thread"
      id={thread.id}
      onClick={onSelect}
      onTap={onSelect}
      onMouseEnter={(event) => setCursor(event, 'pointer')}
      onMouseLeave={(event) => setCursor(event, '')}
    >
      <Line
        points={curvePoints(curve)}
        bezier
        stroke={selected ? SELECTION_COLOR : THREAD_COLOR}
        strokeWidth={selected ? 5 : 3.5}
        opacity={selected ? 0.9 : THREAD_OPACITY}
        lineCap="round"
        dash={thread.kind === 'gap' ? [10, 9] : undefined}
        hitStrokeWidth={20}
        perfectDrawEnabled={false}
      />
      {caption && <CurveLabel x={middle.x} y={middle.y} text={caption} selected={selected} />}
    </Group>
  )
}

/** Longest caption drawn on the canvas; the full text is in the thread editor. */
const CAPTION_MAX_CHARS = 48

function CurveLabel(props: { x: number; y: number; text: string; selected: boolean }) {
  const ref = useRef<Konva.Label>(null)
  const text =
    props.text.length > CAPTION_MAX_CHARS
      ? `${props.text.slice(0, CAPTION_MAX_CHARS - 1)}…`
      : props.text
  useLayoutEffect(() => {
    // Centre the tag on the curve's midpoint once its size is known.
    const label = ref.current
    if (label) label.offset({ x: label.width() / 2, y: label.height() / 2 })
  }, [text])
  return (
    <Label ref={ref} x={props.x} y={props.y}>
      <Tag
        fill="#ffffff"
        stroke={props.selected ? SELECTION_COLOR : '#cbd5e1'}
        strokeWidth={props.selected ? 2 : 1}
        cornerRadius={10}
        perfectDrawEnabled={false}
      />
      <Text
        text={text}
        fontFamily={FONT_FAMILY}
        fontSize={13}
        padding={6}
        fill="#1f2937"
        perfectDrawEnabled={false}
      />
    </Label>
  )
}
