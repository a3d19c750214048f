import { useState } from 'react'
import type { ExportFormat } from '@weave/shared'
import { downloadExport } from '../../commands/export-commands'
import { useAnalysisQuery } from '../../hooks/use-analysis-query'
import { useScopeDetails, type ScopeDetails } from '../../hooks/use-scope'
import { useAnalysis } from '../../session/analysis-context'
import { Icon } from '../icons'
import { laterStrings } from '../../i18n/strings-later'

const t = laterStrings.analysis.exports

/** The downloads, grouped by what people use them for. */
const GROUPS: readonly { id: keyof typeof t.groups; formats: readonly ExportFormat[] }[] = [
  { id: 'data', formats: ['json', 'notes.csv', 'threads.csv'] },
  { id: 'analysis', formats: ['themes.csv', 'matrix.csv', 'matrix.svg', 'matrix.png'] },
  { id: 'board', formats: ['svg', 'png'] },
  { id: 'everything', formats: ['zip'] },
]

/** Downloads every export format for the scope, with names or pseudonyms as the toggle says. */
export function ExportTab() {
  const session = useAnalysis()
  const { scope, deidentified } = useAnalysisQuery()
  const details = useScopeDetails()
  const [busy, setBusy] = useState<ExportFormat | null>(null)
  const oneRoom = scope.kind !== 'workshop'
  const available = (format: ExportFormat) =>
    format === 'svg' || format === 'png' ? oneRoom : format === 'zip' ? !oneRoom : true

  return (
    <section className="analysis-section" aria-labelledby="export-heading">
      <div className="analysis-section-intro">
        <h2 id="export-heading" className="analysis-section-title">
          {t.heading}
        </h2>
        <p>{t.scope(scopeWords(details))}</p>
        <p className="panel-hint">{deidentified ? t.deidentifiedOn : t.deidentifiedOff}</p>
      </div>
      {GROUPS.map((group) => {
        const formats = group.formats.filter(available)
        return (
          <div key={group.id} className="export-group">
            <h3 className="console-subheading">{t.groups[group.id]}</h3>
            {formats.length === 0 ? (
              <p className="panel-hint">
                {group.id === 'board' ? t.unavailable.board : t.unavailable.everything}
              </p>
            ) : (
              <ul className="export-list">
                {formats.map((format) => (
                  <li key={format} className="export-item">
                    <div className="export-text">
                      <span className="export-name">{t.formats[format].name}</span>
                      <span className="export-description">{t.formats[format].description}</span>
                    </div>
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-label={t.downloadLabel(t.formats[format].name)}
                      data-testid={`export-${format}`}
                      aria-busy={busy === format}
                      onClick={async () => {
                        // One download at a time; the buttons stay focusable meanwhile.
                        if (busy) return
                        setBusy(format)
                        await downloadExport(session, format, scope, deidentified)
                        setBusy(null)
                      }}
                    >
                      <Icon name="download" size={18} />
                      {busy === format ? t.downloading : t.download}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )
      })}
    </section>
  )
}

function scopeWords(details: ScopeDetails): string {
  const room = details.roomName ?? laterStrings.analysis.scope.closedRoom
  if (details.kind === 'snapshot') return t.scopeSnapshot(details.snapshot?.name ?? '…', room)
  if (details.kind === 'room') return t.scopeRoom(room)
  return t.scopeWorkshop
}
