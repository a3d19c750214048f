import { formatWhen } from '../../analysis/format-time'
import { scopeFromKey, scopeKey } from '../../analysis/scope'
import { useAnalysisQuery } from '../../hooks/use-analysis-query'
import { useScopeGroups } from '../../hooks/use-scope'
import { laterStrings } from '../../i18n/strings-later'
import { Field } from '../Field'

const t = laterStrings.analysis.scope

/** Chooses what the page looks at: the whole workshop, a room as it is now, or a snapshot. */
export function ScopePicker() {
  const { scope, setScope } = useAnalysisQuery()
  const groups = useScopeGroups()
  const current = scopeKey(scope)
  const listed =
    current === 'workshop' ||
    groups.some(
      (group) =>
        (group.live && current === `room:${group.roomId}`) ||
        group.snapshots.some((snapshot) => current === `snapshot:${snapshot.id}`),
    )
  return (
    <Field label={t.label} className="analysis-scope">
      {(control) => (
        <select
          {...control}
          className="input"
          data-testid="scope-picker"
          value={current}
          onChange={(event) => setScope(scopeFromKey(event.currentTarget.value))}
        >
          <option value="workshop">{t.workshop}</option>
          {!listed && <option value={current}>{t.unknown}</option>}
          {groups.map((group) => (
            <optgroup key={group.roomId} label={group.roomName ?? t.closedRoom}>
              {group.live && (
                <option value={`room:${group.roomId}`}>{t.live(group.roomName ?? '')}</option>
              )}
              {group.snapshots.map((snapshot) => (
                <option key={snapshot.id} value={`snapshot:${snapshot.id}`}>
                  {t.snapshot(
                    snapshot.name,
                    formatWhen(snapshot.takenAt),
                    laterStrings.analysis.reasons[snapshot.reason],
                  )}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  )
}
