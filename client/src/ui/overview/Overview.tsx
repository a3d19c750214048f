import { visitRoom } from '../../commands/room-commands'
import { useLanes } from '../../hooks/use-lanes'
import { useNowEvery, useOverview } from '../../hooks/use-overview'
import { useRooms } from '../../hooks/use-rooms'
import { useNavigator, useSession } from '../../session/session-context'
import { strings } from '../strings'
import { RoomCard } from './RoomCard'

/** How often activity ("in the last minute", quiet rooms) is brought up to date. */
const ACTIVITY_REFRESH_MS = 10_000

/** Every open room as a small live card, quiet rooms highlighted (facilitators). */
export function Overview() {
  const session = useSession()
  const navigator = useNavigator()
  const rooms = useRooms().filter((room) => !room.closed)
  const snapshots = useOverview()
  const lanes = useLanes()
  const now = useNowEvery(ACTIVITY_REFRESH_MS)
  return (
    <section
      className="panel-section overview"
      data-testid="overview"
      aria-labelledby="overview-heading"
    >
      <h2 id="overview-heading" className="panel-heading">
        {strings.breakouts.overviewHeading}
        <span className="panel-count">{rooms.length}</span>
      </h2>
      <ul className="overview-rooms">
        {rooms.map((room) => (
          <RoomCard
            key={room.id}
            room={room}
            snapshot={snapshots.get(room.id)}
            lanes={lanes}
            now={now}
            here={room.id === session.roomId}
            onVisit={() => visitRoom(navigator, room.id)}
          />
        ))}
      </ul>
    </section>
  )
}
