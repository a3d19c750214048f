import { memo } from 'react'
import { LANE_WIDTH, laneLeft, noteColorForSector, type Lane, type Note } from '@weave/shared'
import { contentBounds, noteRect } from '../../geometry/viewport-math'

/** Size of a thumbnail on screen, in CSS pixels. */
const THUMB_WIDTH_PX = 260
const THUMB_HEIGHT_PX = 96
/** The smallest canvas height a thumbnail shows, so a few notes do not fill it. */
const MIN_THUMB_CANVAS_HEIGHT = 700

/** A room's board in miniature: its lanes as pale columns, its notes as small coloured blocks. */
export const RoomThumbnail = memo(function RoomThumbnail(props: {
  notes: readonly Note[]
  lanes: readonly Lane[]
}) {
  const { notes, lanes } = props
  const bounds = contentBounds(lanes, notes)
  const height = Math.max(bounds.height, MIN_THUMB_CANVAS_HEIGHT)
  return (
    <svg
      className="overview-thumb"
      width={THUMB_WIDTH_PX}
      height={THUMB_HEIGHT_PX}
      viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${height}`}
      preserveAspectRatio="xMidYMin meet"
      aria-hidden="true"
    >
      {lanes.map((lane, index) => (
        <rect
          key={lane.id}
          x={laneLeft(index)}
          y={bounds.y}
          width={LANE_WIDTH}
          height={height}
          fill={lane.color}
          opacity={0.12}
        />
      ))}
      {notes.map((note) => {
        const rect = noteRect(note, lanes)
        return (
          <rect
            key={note.id}
            x={rect.x}
            y={rect.y}
            width={rect.width}
            height={rect.height}
            rx={12}
            fill={note.color ?? noteColorForSector(note.authorSector)}
            stroke="#6b7280"
            strokeWidth={4}
          />
        )
      })}
    </svg>
  )
})
