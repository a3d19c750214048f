import type { SnapshotInfo } from '@weave/shared'
import { Link } from 'wouter'
import { formatWhen } from '../../analysis/format-time'
import { analysisPath } from '../links'
import { laterStrings } from '../../i18n/strings-later'

const t = laterStrings.analysis.snapshots

/** One snapshot in the console: what and when, open it, or restore it as a new room. */
export function SnapshotItem(props: {
  snapshot: SnapshotInfo
  roomName: string
  workshopId: string
  onRestore: () => void
}) {
  const { snapshot } = props
  return (
    <li className="snapshot-item" data-testid="snapshot-item">
      <span className="snapshot-name">{snapshot.name}</span>
      <span className="snapshot-meta">
        {[
          props.roomName,
          formatWhen(snapshot.takenAt),
          laterStrings.analysis.reasons[snapshot.reason],
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
      <span className="button-row">
        <Link
          href={analysisPath(props.workshopId, { snapshot: snapshot.id, tab: 'board' })}
          className="button button-secondary button-small"
          aria-label={t.openLabel(snapshot.name)}
        >
          {t.open}
        </Link>
        <button
          type="button"
          className="button button-ghost button-small"
          aria-label={t.restoreLabel(snapshot.name)}
          onClick={props.onRestore}
        >
          {t.restore}
        </button>
      </span>
    </li>
  )
}
