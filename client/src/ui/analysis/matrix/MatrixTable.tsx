import type { CSSProperties } from 'react'
import type { AnalysisLane, WeaveMatrix } from '@weave/shared'
import { heatColors } from '../../../analysis/heat'
import { laterStrings } from '../../../i18n/strings-later'

const t = laterStrings.analysis.matrix

/** A matrix cell someone opened: its two lanes and the threads behind its count. */
export interface PickedCell {
  readonly title: string
  readonly keys: readonly string[]
}

/** The matrix as a table: lanes down and across, darker cells for more threads. */
export function MatrixTable(props: {
  matrix: WeaveMatrix
  picked: PickedCell | null
  onPick: (cell: PickedCell) => void
}) {
  const { matrix } = props
  const max = Math.max(0, ...matrix.counts.flat())
  const isolated = new Set(matrix.isolatedLaneIds)
  const describe = (a: AnalysisLane, b: AnalysisLane) =>
    a.id === b.id ? t.within(a.name) : t.between(a.name, b.name)
  return (
    <div className="table-frame" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
      <table className="matrix-table" data-testid="matrix-table">
        <caption id="matrix-caption" className="visually-hidden">
          {t.caption}
        </caption>
        <thead>
          <tr>
            <td />
            {matrix.lanes.map((lane) => (
              <th key={lane.id} scope="col" style={{ '--lane-color': lane.color } as CSSProperties}>
                <span className="matrix-lane">{lane.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.lanes.map((rowLane, i) => (
            <tr key={rowLane.id}>
              <th scope="row" style={{ '--lane-color': rowLane.color } as CSSProperties}>
                <span className="matrix-lane">{rowLane.name}</span>
                {matrix.total > 0 && isolated.has(rowLane.id) && (
                  <span className="matrix-isolated">{t.isolatedTag}</span>
                )}
              </th>
              {matrix.lanes.map((columnLane, j) => {
                const count = matrix.counts[i]?.[j] ?? 0
                const keys = matrix.threads[i]?.[j] ?? []
                const colors = heatColors(count, max)
                const label = describe(rowLane, columnLane)
                return (
                  <td
                    key={columnLane.id}
                    className={[
                      'matrix-cell',
                      i === j ? 'matrix-diagonal' : '',
                      props.picked?.title === label ? 'matrix-picked' : '',
                    ].join(' ')}
                    style={count > 0 ? colors : undefined}
                  >
                    {count > 0 ? (
                      <button
                        type="button"
                        className="matrix-button"
                        aria-label={t.cellLabel(count, label)}
                        onClick={() => props.onPick({ title: label, keys })}
                      >
                        {count}
                      </button>
                    ) : (
                      <span className="count-zero">0</span>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <MatrixLegend max={max} />
    </div>
  )
}

/** What the shades and the dashed cells mean, in words. */
function MatrixLegend(props: { max: number }) {
  const steps = [0.25, 0.5, 0.75, 1].map((share) => heatColors(share, 1).background)
  return (
    <p className="matrix-legend">
      <span className="matrix-legend-scale">
        {t.legendFewer}
        {steps.map((background) => (
          <span key={background} className="matrix-legend-swatch" style={{ background }} />
        ))}
        {t.legendMore(props.max)}
      </span>
      <span className="matrix-legend-scale">
        <span className="matrix-legend-swatch matrix-legend-diagonal" />
        {t.legendDiagonal}
      </span>
    </p>
  )
}
