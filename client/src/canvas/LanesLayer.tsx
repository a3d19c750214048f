import { memo, useMemo } from 'react'
import { Layer, Path, Rect, Text } from './konva-nodes'
import { LANE_HEADER_HEIGHT, LANE_WIDTH, laneHeight, laneLeft } from '@weave/shared'
import { useLanes } from '../hooks/use-lanes'
import { useVisibleNotes } from '../hooks/use-visible-notes'
import { strings } from '../i18n/strings'
import { FONT_FAMILY } from './theme'

/** The colour of the "Unsorted" column, where notes of removed lanes wait. */
const UNSORTED_COLOR = '#475569'
/** A padlock, drawn on a 24×24 grid. */
const LOCK_PATH = 'M8 11V8a4 4 0 0 1 8 0v3M6 11h12v9H6z'

/**
 * The sector lanes: a coloured header with the lane's name (and a padlock when it is locked) over
 * a lightly tinted column; after them, an "Unsorted" column while notes of removed lanes remain.
 */
export const LanesLayer = memo(function LanesLayer() {
  const lanes = useLanes()
  const notes = useVisibleNotes()
  const height = useMemo(() => laneHeight(notes.map((note) => note.y + note.height)), [notes])
  const hasUnsorted = useMemo(() => {
    const ids = new Set(lanes.map((lane) => lane.id))
    return notes.some((note) => !ids.has(note.laneId))
  }, [lanes, notes])
  return (
    <Layer listening={false}>
      {lanes.map((lane, index) => (
        <LaneColumn
          key={lane.id}
          name={lane.name}
          color={lane.color}
          locked={lane.locked}
          x={laneLeft(index)}
          height={height}
        />
      ))}
      {hasUnsorted && (
        <LaneColumn
          name={strings.lanes.unsorted}
          color={UNSORTED_COLOR}
          locked={false}
          x={laneLeft(lanes.length)}
          height={height}
        />
      )}
    </Layer>
  )
})

function LaneColumn(props: {
  name: string
  color: string
  locked: boolean
  x: number
  height: number
}) {
  const { name, color, locked, x, height } = props
  const lockRoom = locked ? 30 : 0
  return (
    <>
      <Rect
        x={x}
        y={0}
        width={LANE_WIDTH}
        height={height}
        fill={color}
        opacity={locked ? 0.12 : 0.07}
        cornerRadius={12}
        perfectDrawEnabled={false}
      />
      <Rect
        x={x}
        y={0}
        width={LANE_WIDTH}
        height={height}
        stroke={color}
        strokeWidth={1}
        opacity={0.3}
        cornerRadius={12}
        perfectDrawEnabled={false}
      />
      <Rect
        x={x}
        y={0}
        width={LANE_WIDTH}
        height={LANE_HEADER_HEIGHT}
        fill={color}
        cornerRadius={[12, 12, 0, 0]}
        perfectDrawEnabled={false}
      />
      <Text
        x={x + 16}
        y={0}
        width={LANE_WIDTH - 32 - lockRoom}
        height={LANE_HEADER_HEIGHT}
        text={name}
        verticalAlign="middle"
        fontFamily={FONT_FAMILY}
        fontSize={19}
        fontStyle="bold"
        fill="#ffffff"
        wrap="none"
        ellipsis
        perfectDrawEnabled={false}
      />
      {locked && (
        <Path
          name="lane-lock"
          x={x + LANE_WIDTH - 44}
          y={(LANE_HEADER_HEIGHT - 28) / 2}
          data={LOCK_PATH}
          scaleX={1.15}
          scaleY={1.15}
          stroke="#ffffff"
          strokeWidth={2.2}
          lineCap="round"
          lineJoin="round"
          perfectDrawEnabled={false}
        />
      )}
    </>
  )
}
