import { formatWhen } from '../../analysis/format-time'
import { useScopeExport } from '../../hooks/use-export'
import { useScopeDetails } from '../../hooks/use-scope'
import { useAnalysis } from '../../session/analysis-context'
import { Icon } from '../icons'
import { laterStrings } from '../../i18n/strings-later'

const t = laterStrings.analysis.banner

/** Says plainly what the page shows; a snapshot is marked as a read-only moment in time. */
export function ScopeBanner() {
  const details = useScopeDetails()
  const { info } = useAnalysis()
  // The export names who took a snapshot (or their pseudonym); the snapshot list only has ids.
  const takenBy = useScopeExport().data?.rooms[0]?.snapshot?.takenBy ?? null
  if (details.kind === 'snapshot') {
    const { snapshot } = details
    if (!snapshot) {
      return details.pending ? null : (
        <p className="analysis-banner analysis-banner-warn" role="alert">
          {t.missing}
        </p>
      )
    }
    return (
      <p className="analysis-banner analysis-banner-snapshot" data-testid="snapshot-banner">
        <Icon name="lock" />
        <span>
          <strong>{t.snapshot(snapshot.name, formatWhen(snapshot.takenAt))}</strong>
          <span className="analysis-banner-detail">
            {t.snapshotDetail(
              details.roomName ?? laterStrings.analysis.scope.closedRoom,
              snapshot.reason,
              takenBy,
            )}
          </span>
        </span>
      </p>
    )
  }
  if (details.kind === 'room') {
    return (
      <p className="analysis-banner">
        <Icon name="eye" />
        <span>{t.room(details.roomName ?? laterStrings.analysis.scope.closedRoom)}</span>
      </p>
    )
  }
  return (
    <p className="analysis-banner">
      <Icon name="eye" />
      <span>{t.workshop(info.rooms.length)}</span>
    </p>
  )
}
