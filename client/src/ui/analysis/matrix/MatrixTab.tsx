import { useId, useMemo, useState } from 'react'
import { weaveMatrix, type WorkshopExport } from '@weave/shared'
import { useScopeExport } from '../../../hooks/use-export'
import { laterStrings } from '../../../i18n/strings-later'
import { Field } from '../../Field'
import { LoadState } from '../LoadState'
import { MatrixTable, type PickedCell } from './MatrixTable'
import { ThreadsBehind } from './ThreadsBehind'

const t = laterStrings.analysis.matrix

/** The weave matrix: threads between every pair of sector lanes, and the lanes left alone. */
export function MatrixTab() {
  const exp = useScopeExport()
  if (!exp.data) return <LoadState {...exp} onRetry={() => void exp.reload()} />
  return <MatrixView exp={exp.data} />
}

function MatrixView(props: { exp: WorkshopExport }) {
  const { exp } = props
  const id = useId()
  const rooms = useMemo(() => [...exp.rooms].sort((a, b) => a.position - b.position), [exp.rooms])
  const [roomId, setRoomId] = useState('')
  const [picked, setPicked] = useState<PickedCell | null>(null)
  const room = rooms.find((candidate) => candidate.id === roomId)
  const matrix = useMemo(() => weaveMatrix(exp, room ? [room.id] : undefined), [exp, room])
  const isolated = matrix.lanes.filter((lane) => matrix.isolatedLaneIds.includes(lane.id))

  return (
    <div className="matrix">
      <section className="analysis-section" aria-labelledby={`${id}-heading`}>
        <div className="analysis-section-intro">
          <h2 id={`${id}-heading`} className="analysis-section-title">
            {t.heading}
          </h2>
          <p className="panel-hint">{t.intro}</p>
        </div>
        {rooms.length > 1 && (
          <div className="analysis-options">
            <Field label={t.rooms} className="analysis-inline-field">
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={room?.id ?? ''}
                  onChange={(event) => {
                    setRoomId(event.currentTarget.value)
                    setPicked(null)
                  }}
                >
                  <option value="">{t.allRooms}</option>
                  {rooms.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        )}
        <div className="matrix-summary">
          <p>{t.total(matrix.total)}</p>
          {matrix.total > 0 && isolated.length > 0 && (
            <p className="matrix-isolated-note" data-testid="isolated-lanes">
              {t.isolated(isolated.map((lane) => lane.name))}
            </p>
          )}
        </div>
        <MatrixTable matrix={matrix} picked={picked} onPick={setPicked} />
      </section>
      {picked && <ThreadsBehind exp={exp} picked={picked} onClose={() => setPicked(null)} />}
    </div>
  )
}
