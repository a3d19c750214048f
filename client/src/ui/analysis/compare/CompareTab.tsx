import { useState } from 'react'
import { formatWhen } from '../../../analysis/format-time'
import { scopeFromKey } from '../../../analysis/scope'
import { useAnalysisQuery } from '../../../hooks/use-analysis-query'
import { useScopeDetails, useScopeGroups } from '../../../hooks/use-scope'
import { laterStrings } from '../../../i18n/strings-later'
import { ComparePicker, type MomentOption } from './ComparePicker'
import { CompareResult } from './CompareResult'

const t = laterStrings.analysis.compare

/** Compares two moments of one room (two snapshots, or a snapshot and the live board). */
export function CompareTab() {
  const groups = useScopeGroups().filter((group) => group.snapshots.length > 0)
  const details = useScopeDetails()
  const { deidentified } = useAnalysisQuery()
  const [chosen, setChosen] = useState<{ roomId?: string; before?: string; after?: string }>({})

  const group =
    groups.find((candidate) => candidate.roomId === chosen.roomId) ??
    groups.find((candidate) => candidate.roomId === details.roomId) ??
    groups[0]
  if (!group) return <p className="analysis-empty">{t.noSnapshots}</p>

  const moments: MomentOption[] = [
    ...(group.live ? [{ key: `room:${group.roomId}`, label: t.now }] : []),
    ...group.snapshots.map((snapshot) => ({
      key: `snapshot:${snapshot.id}`,
      label: t.moment(snapshot.name, formatWhen(snapshot.takenAt)),
    })),
  ]
  const has = (key?: string) => moments.some((moment) => moment.key === key)
  const [newest, second] = group.snapshots
  const defaultAfter = second || !group.live ? `snapshot:${newest?.id}` : `room:${group.roomId}`
  const defaultBefore = second ? `snapshot:${second.id}` : `snapshot:${newest?.id}`
  const same = chosen.roomId === group.roomId
  const before = same && chosen.before && has(chosen.before) ? chosen.before : defaultBefore
  const after = same && chosen.after && has(chosen.after) ? chosen.after : defaultAfter
  const choose = (change: { roomId?: string; before?: string; after?: string }) =>
    setChosen({ roomId: group.roomId, before, after, ...change })

  return (
    <section className="analysis-section" aria-labelledby="compare-heading">
      <div className="analysis-section-intro">
        <h2 id="compare-heading" className="analysis-section-title">
          {t.heading}
        </h2>
        <p className="panel-hint">{t.intro}</p>
      </div>
      <ComparePicker
        rooms={groups.map((candidate) => ({
          id: candidate.roomId,
          name: candidate.roomName ?? laterStrings.analysis.scope.closedRoom,
        }))}
        roomId={group.roomId}
        moments={moments}
        before={before}
        after={after}
        onRoom={(roomId) => setChosen({ roomId })}
        onBefore={(key) => choose({ before: key })}
        onAfter={(key) => choose({ after: key })}
        onSwap={() => choose({ before: after, after: before })}
      />
      {before === after ? (
        <p className="analysis-empty">{t.same}</p>
      ) : (
        <CompareResult
          before={scopeFromKey(before)}
          after={scopeFromKey(after)}
          deidentified={deidentified}
        />
      )}
    </section>
  )
}
