import { useId, useMemo, useState } from 'react'
import { codeCounts, type CodeCountDimension, type WorkshopExport } from '@weave/shared'
import { useAnalysisQuery } from '../../../hooks/use-analysis-query'
import { useScopeExport } from '../../../hooks/use-export'
import { laterStrings } from '../../../i18n/strings-later'
import { Field } from '../../Field'
import { LoadState } from '../LoadState'
import { NotesBehind, type PickedNotes } from '../NotesBehind'
import { CountsTable } from './CountsTable'
import { ThemeBars } from './ThemeBars'

const t = laterStrings.analysis.counts
const DIMENSIONS: readonly CodeCountDimension[] = ['lane', 'room', 'round']

/** How often each theme and code was applied, by lane, room or round; each count opens its notes. */
export function CountsTab() {
  const exp = useScopeExport()
  if (!exp.data) return <LoadState {...exp} onRetry={() => void exp.reload()} />
  return <CountsView exp={exp.data} />
}

function CountsView(props: { exp: WorkshopExport }) {
  const { exp } = props
  const { setTab } = useAnalysisQuery()
  const id = useId()
  const [by, setBy] = useState<CodeCountDimension>('lane')
  const [picked, setPicked] = useState<PickedNotes | null>(null)
  const table = useMemo(() => codeCounts(exp, by), [exp, by])

  if (exp.codebook.codes.length === 0) {
    return (
      <div className="analysis-empty">
        <p>{t.noCodes}</p>
        <button type="button" className="button button-primary" onClick={() => setTab('coding')}>
          {t.goCoding}
        </button>
      </div>
    )
  }
  return (
    <div className="counts">
      <section className="analysis-section" aria-labelledby={`${id}-heading`}>
        <div className="analysis-section-intro">
          <h2 id={`${id}-heading`} className="analysis-section-title">
            {t.heading}
          </h2>
          <p className="panel-hint">{t.intro}</p>
        </div>
        <div className="analysis-options">
          <Field label={t.by} className="analysis-inline-field">
            {(control) => (
              <select
                {...control}
                className="input"
                data-testid="counts-by"
                value={by}
                onChange={(event) => setBy(event.currentTarget.value as CodeCountDimension)}
              >
                {DIMENSIONS.map((dimension) => (
                  <option key={dimension} value={dimension}>
                    {t.dimensions[dimension]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <CountsTable table={table} by={by} onPick={setPicked} />
      </section>
      <ThemeBars table={table} themes={exp.codebook.themes} onPick={setPicked} />
      {picked && <NotesBehind exp={exp} picked={picked} onClose={() => setPicked(null)} />}
    </div>
  )
}
