import { memo, useMemo } from 'react'
import { Layer, Rect, Text } from 'react-konva'
import { LANE_HEADER_HEIGHT, LANE_WIDTH, laneHeight, laneLeft } from '@weave/shared'
import { useLanes } from '../hooks/use-lanes'
import { useNotes } from '../hooks/use-notes'
import { FONT_FAMILY } from './theme'

/** The sector lanes: a coloured header with the lane's name over a lightly tinted column. */
export const LanesLayer = memo(function LanesLayer() {
  const lanes = useLanes()
  const notes = useNotes()
  const height = useMemo(() => laneHeight(notes.map((note) => note.y + note.height)), [notes])
  return (
    <Layer listening={false}>
      {lanes.map((lane, index) => (
        <LaneColumn
          key={lane.id}
          name={lane.name}
          color={lane.color}
          x={laneLeft(index)}
          height={height}
        />
      ))}
    </Layer>
  )
})

function LaneColumn(props: { name: string; color: string; x: number; height: number }) {
  const { name, color, x, height } = props
  return (
    <>
      <Rect
        x={x}
        y={0}
        width={LANE_WIDTH}
        height={height}
        fill={color}
        opacity={0.07}
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
        width={LANE_WIDTH - 32}
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
    </>
  )
}
