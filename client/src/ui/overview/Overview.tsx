import { showFullOverview, visitRoom } from '../../commands/room-commands'
import { useLanes } from '../../hooks/use-lanes'
import { useNowEvery, useOverview, useOverviewFull } from '../../hooks/use-overview'
import { useRooms } from '../../hooks/use-rooms'
import { useNavigator, useSession } from '../../session/session-context'
import { strings } from '../../i18n/strings'
import { RoomCard } from './RoomCard'

/** How often activity ("in the last minute", quiet rooms) is brought up to date. */
const ACTIVITY_REFRESH_MS = 10_000

/**
 * Every open room as a small live card, quiet rooms highlighted (facilitators). In the side panel
 * (`full` false) it is a list with a button to spread it over the board; spread (`full`), a grid.
 */
export function Overview(props: { full: boolean }) {
  const session = useSession()
  const spread = useOverviewFull()
  const t = strings.breakouts
  if (!props.full && spread) {
    return (
      <section className="panel-section">
        <p className="panel-hint">{t.shownOverBoard}</p>
        <button
          type="button"
          className="button button-secondary"
          data-testid="overview-collapse"
          onClick={() => showFullOverview(session, false)}
        >
          {t.collapse}
        </button>
      </section>
    )
  }
  return <OverviewRooms full={props.full} />
}

function OverviewRooms(props: { full: boolean }) {
  const session = useSession()
  const navigator = useNavigator()
  const rooms = useRooms().filter((room) => !room.closed)
  const snapshots = useOverview()
  const lanes = useLanes()
  const now = useNowEvery(ACTIVITY_REFRESH_MS)
  const t = strings.breakouts
  return (
    <section
      className={props.full ? 'overview overview-full' : 'panel-section overview'}
      data-testid="overview"
      aria-labelledby="overview-heading"
    >
      <div className="overview-head">
        <h2 id="overview-heading" className="panel-heading">
          {t.overviewHeading}
          <span className="panel-count">{rooms.length}</span>
        </h2>
        <button
          type="button"
          className="button button-small button-secondary"
          data-testid={props.full ? 'overview-collapse' : 'overview-expand'}
          onClick={() => showFullOverview(session, !props.full)}
        >
          {props.full ? t.collapse : t.expand}
        </button>
      </div>
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
