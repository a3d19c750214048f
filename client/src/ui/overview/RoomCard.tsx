import { DEFAULT_SECTORS, type Lane, type RoomEntry } from '@weave/shared'
import type { RoomSnapshot } from '../../session/overview-session'
import { strings } from '../../i18n/strings'
import { RoomThumbnail } from './RoomThumbnail'

/** A room counts as active when a note changed within this long. */
export const RECENT_MS = 60_000
/** A room with no change for this long is quiet: the facilitator may want to drop in. */
export const QUIET_AFTER_MS = 150_000

/** One room in the overview: thumbnail, people by sector, counts, activity and "Visit". */
export function RoomCard(props: {
  room: RoomEntry
  snapshot: RoomSnapshot | undefined
  lanes: readonly Lane[]
  now: number
  here: boolean
  onVisit: () => void
}) {
  const { room, snapshot, lanes, now, here } = props
  const t = strings.breakouts
  const notes = snapshot?.notes ?? []
  const participants = (snapshot?.people ?? []).filter((user) => user.role === 'participant')
  const facilitators = (snapshot?.people ?? []).filter((user) => user.role === 'facilitator')
  const recent = notes.filter((note) => now - note.updatedAt <= RECENT_MS).length
  const lastChange = notes.reduce(
    (latest, note) => Math.max(latest, note.updatedAt),
    snapshot?.watchedSince ?? now,
  )
  // The main room is often empty during breakouts: only breakout rooms can be "quiet".
  const quiet = room.position > 0 && Boolean(snapshot?.synced) && now - lastChange > QUIET_AFTER_MS
  const sectors = DEFAULT_SECTORS.map((sector) => ({
    sector,
    count: participants.filter((user) => user.sector === sector.id).length,
  })).filter((entry) => entry.count > 0)
  return (
    <li
      className={`overview-room${quiet ? ' overview-quiet' : ''}${here ? ' overview-here' : ''}`}
      data-testid="overview-room"
      data-room-id={room.id}
      data-quiet={quiet}
    >
      <div className="overview-room-head">
        <h3 className="overview-room-name">{room.name}</h3>
        {here ? (
          <span className="overview-here-label">{t.here}</span>
        ) : (
          <button
            type="button"
            className="button button-small button-secondary"
            data-testid="overview-visit"
            onClick={props.onVisit}
          >
            {t.visit}
          </button>
        )}
      </div>
      <RoomThumbnail notes={notes} lanes={lanes} />
      {!snapshot?.synced && <p className="panel-hint">{t.connecting}</p>}
      <p className="overview-stats">
        <span data-testid="overview-people">{t.peopleCount(participants.length)}</span>
        <span data-testid="overview-notes">{t.notesCount(notes.length)}</span>
        <span data-testid="overview-threads">{t.threadsCount(snapshot?.threadCount ?? 0)}</span>
        {facilitators.length > 0 && (
          <span className="overview-facilitated">
            {t.facilitatorHere(facilitators.map((user) => user.name).join(', '))}
          </span>
        )}
      </p>
      {sectors.length > 0 && (
        <ul className="sector-list overview-sectors" aria-label={t.people}>
          {sectors.map(({ sector, count }) => (
            <li key={sector.id} className="sector-chip" title={sector.name}>
              <span className="sector-dot" style={{ background: sector.accentColor }} />
              <span className="overview-sector-name">{sector.name}</span>
              <span className="sector-count">{count}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="overview-activity" data-testid="overview-activity" data-recent={recent}>
        {quiet ? t.quiet : t.recent(recent)}
      </p>
    </li>
  )
}
