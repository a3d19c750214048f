import type { CSSProperties } from 'react'
import type { CodeCountTable, ExportTheme } from '@weave/shared'
import { UNGROUPED_COLOR } from '../../../analysis/codebook-groups'
import { laterStrings } from '../../../i18n/strings-later'
import type { PickedNotes } from '../NotesBehind'

const t = laterStrings.analysis.counts

/** Notes per theme as horizontal bars (the number is always written next to the bar). */
export function ThemeBars(props: {
  table: CodeCountTable
  themes: readonly ExportTheme[]
  onPick: (picked: PickedNotes) => void
}) {
  const rows = props.table.rows.filter((row) => row.kind === 'theme')
  const max = Math.max(1, ...rows.map((row) => row.total.length))
  return (
    <section className="analysis-section" aria-labelledby="theme-bars-heading">
      <h2 id="theme-bars-heading" className="analysis-section-title">
        {t.barsHeading}
      </h2>
      <ul className="theme-bars">
        {rows.map((row) => {
          const theme = props.themes.find((candidate) => candidate.id === row.themeId)
          const count = row.total.length
          const style = {
            '--bar-color': theme?.color ?? UNGROUPED_COLOR,
            '--bar-width': `${(count / max) * 100}%`,
          } as CSSProperties
          const label = t.inTotal(row.label)
          return (
            <li key={row.id}>
              <button
                type="button"
                className="theme-bar"
                style={style}
                disabled={count === 0}
                aria-label={t.countLabel(count, label)}
                onClick={() => props.onPick({ title: label, keys: row.total })}
              >
                <span className="theme-bar-name">{row.label}</span>
                <span className="theme-bar-track" aria-hidden="true">
                  <span className="theme-bar-fill" />
                </span>
                <span className="theme-bar-count">{count}</span>
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
