import { useRef, type ComponentType, type KeyboardEvent } from 'react'
import { ANALYSIS_TABS, useAnalysisQuery, type AnalysisTab } from '../../hooks/use-analysis-query'
import { laterStrings } from '../../i18n/strings-later'
import { BoardTab } from './board/BoardTab'
import { CodingTab } from './coding/CodingTab'
import { CompareTab } from './compare/CompareTab'
import { CountsTab } from './counts/CountsTab'
import { ExportTab } from './ExportTab'
import { MatrixTab } from './matrix/MatrixTab'

const t = laterStrings.analysis.tabs

const PANELS: Record<AnalysisTab, ComponentType> = {
  board: BoardTab,
  compare: CompareTab,
  coding: CodingTab,
  counts: CountsTab,
  matrix: MatrixTab,
  export: ExportTab,
}

/** Moves along the tabs with the arrow keys, Home and End (WAI-ARIA tabs, automatic activation). */
function nextTab(current: AnalysisTab, key: string): AnalysisTab | null {
  const index = ANALYSIS_TABS.indexOf(current)
  const last = ANALYSIS_TABS.length - 1
  const target =
    key === 'ArrowRight'
      ? (index + 1) % ANALYSIS_TABS.length
      : key === 'ArrowLeft'
        ? (index + last) % ANALYSIS_TABS.length
        : key === 'Home'
          ? 0
          : key === 'End'
            ? last
            : null
  return target === null ? null : (ANALYSIS_TABS[target] ?? null)
}

/** The analysis views as tabs; only the open one is drawn. */
export function AnalysisTabs() {
  const { tab, setTab } = useAnalysisQuery()
  const buttons = useRef(new Map<AnalysisTab, HTMLButtonElement>())
  const onKeyDown = (event: KeyboardEvent) => {
    const next = nextTab(tab, event.key)
    if (!next) return
    event.preventDefault()
    setTab(next)
    buttons.current.get(next)?.focus()
  }
  const Panel = PANELS[tab]
  return (
    <div className="analysis-tabs">
      <div className="analysis-tablist" role="tablist" aria-label={t.label} onKeyDown={onKeyDown}>
        {ANALYSIS_TABS.map((id) => (
          <button
            key={id}
            ref={(element) => {
              if (element) buttons.current.set(id, element)
              else buttons.current.delete(id)
            }}
            type="button"
            role="tab"
            id={`analysis-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`analysis-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="analysis-tab"
            onClick={() => setTab(id)}
          >
            {t[id]}
          </button>
        ))}
      </div>
      {ANALYSIS_TABS.map((id) => (
        <div
          key={id}
          role="tabpanel"
          id={`analysis-panel-${id}`}
          aria-labelledby={`analysis-tab-${id}`}
          className="analysis-panel"
          hidden={tab !== id}
        >
          {tab === id && <Panel />}
        </div>
      ))}
    </div>
  )
}
