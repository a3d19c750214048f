import { useEffect, useState } from 'react'
import { Link } from 'wouter'
import { formatClock } from '../../analysis/format-time'
import { restoreSnapshot, takeSnapshot } from '../../commands/snapshot-commands'
import { useCurrentRoom, useRooms } from '../../hooks/use-rooms'
import { useRound } from '../../hooks/use-round'
import { useSnapshotList } from '../../hooks/use-snapshots'
import { useSession } from '../../session/session-context'
import { analysisPath } from '../links'
import { laterStrings } from '../../i18n/strings-later'
import { Field } from '../Field'
import { SnapshotItem } from './SnapshotItem'

/** How many snapshots the console lists before "Show all". */
const SHOWN_AT_FIRST = 4

const t = laterStrings.analysis.snapshots

function defaultName(): string {
  return t.defaultName(formatClock(Date.now()))
}

/** Take a snapshot of this room, list the workshop's snapshots, and open the analysis page. */
export function ConsoleSnapshots() {
  const session = useSession()
  const room = useCurrentRoom()
  const rooms = useRooms()
  const round = useRound()
  const { snapshots, store } = useSnapshotList(session.workshopId, session.token)
  const [name, setName] = useState(defaultName)
  const [busy, setBusy] = useState(false)
  const [showAll, setShowAll] = useState(false)
  const roundEndedAt = round?.endedAt ?? null
  // A snapshot is taken by itself when a round ends: fetch the list again then.
  useEffect(() => {
    if (roundEndedAt !== null) void store.reload()
  }, [roundEndedAt, store])

  const list = snapshots.data ?? []
  const shown = showAll ? list : list.slice(0, SHOWN_AT_FIRST)
  const roomName = (roomId: string) =>
    rooms.find((candidate) => candidate.id === roomId)?.name ??
    laterStrings.analysis.scope.closedRoom

  return (
    <section
      className="panel-section"
      aria-labelledby="console-snapshots-heading"
      data-testid="console-snapshots"
    >
      <h2 id="console-snapshots-heading" className="panel-heading">
        {t.heading}
      </h2>
      <form
        className="console-form"
        onSubmit={async (event) => {
          event.preventDefault()
          setBusy(true)
          const taken = await takeSnapshot(session, name.trim() || defaultName())
          setBusy(false)
          if (taken) {
            setName(defaultName())
            await store.reload()
          }
        }}
      >
        <Field label={t.nameLabel(room.name)} bare>
          {(control) => (
            <input
              {...control}
              className="input"
              data-testid="snapshot-name"
              maxLength={120}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t.take}
        </button>
      </form>
      <div className="console-subheader">
        <h3 className="console-subheading">{t.listHeading}</h3>
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={() => void store.reload()}
        >
          {t.refresh}
        </button>
      </div>
      {snapshots.error && <p className="panel-hint">{snapshots.error}</p>}
      {list.length === 0 && !snapshots.loading && !snapshots.error && (
        <p className="panel-hint">{t.none}</p>
      )}
      {list.length > 0 && (
        <ul className="snapshot-list" aria-label={t.listHeading}>
          {shown.map((snapshot) => (
            <SnapshotItem
              key={snapshot.id}
              snapshot={snapshot}
              roomName={roomName(snapshot.roomId)}
              workshopId={session.workshopId}
              onRestore={async () => {
                if (!window.confirm(t.confirmRestore(snapshot.name))) return
                if (await restoreSnapshot(session, snapshot)) await store.reload()
              }}
            />
          ))}
        </ul>
      )}
      {list.length > SHOWN_AT_FIRST && (
        <button
          type="button"
          className="button button-ghost button-small"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? t.showFewer : t.showAll(list.length)}
        </button>
      )}
      <Link
        href={analysisPath(session.workshopId)}
        className="button button-secondary"
        data-testid="open-analysis"
      >
        {t.openAnalysis}
      </Link>
    </section>
  )
}
