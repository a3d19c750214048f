import type { CodeCountDimension, CodeCountRow, CodeCountTable } from '@weave/shared'
import { laterStrings } from '../../../i18n/strings-later'
import type { PickedNotes } from '../NotesBehind'

const t = laterStrings.analysis.counts

/** Themes and codes down, lanes (rooms, rounds) across; every count is a button to its notes. */
export function CountsTable(props: {
  table: CodeCountTable
  by: CodeCountDimension
  onPick: (picked: PickedNotes) => void
}) {
  const { table } = props
  return (
    <div className="table-frame" role="region" aria-labelledby="counts-caption" tabIndex={0}>
      <table className="counts-table" data-testid="counts-table">
        <caption id="counts-caption" className="visually-hidden">
          {t.caption(t.dimensions[props.by])}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.codeColumn}</th>
            <th scope="col">{t.total}</th>
            {table.columns.map((column) => (
              <th key={column.id} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={`${row.kind}:${row.id}`} className={`counts-${row.kind}`}>
              <th scope="row">{row.label}</th>
              <td>
                <CountButton keys={row.total} label={t.inTotal(row.label)} onPick={props.onPick} />
              </td>
              {table.columns.map((column) => (
                <td key={column.id}>
                  <CountButton
                    keys={row.cells[column.id] ?? []}
                    label={t.inColumn(row.label, column.label)}
                    onPick={props.onPick}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function CountButton(props: {
  keys: CodeCountRow['total']
  label: string
  onPick: (picked: PickedNotes) => void
}) {
  const count = props.keys.length
  if (count === 0) {
    return <span className="count-zero">0</span>
  }
  return (
    <button
      type="button"
      className="count-button"
      aria-label={t.countLabel(count, props.label)}
      onClick={() => props.onPick({ title: props.label, keys: props.keys })}
    >
      {count}
    </button>
  )
}
