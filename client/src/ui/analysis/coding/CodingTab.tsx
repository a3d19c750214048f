import { useCallback, useMemo, useState } from 'react'
import type { Codebook, WorkshopExport } from '@weave/shared'
import { filterRows, NO_FILTER, type NoteFilter } from '../../../analysis/note-filter'
import { noteRows } from '../../../analysis/note-rows'
import { useCodebook } from '../../../hooks/use-codebook'
import { useScopeExport } from '../../../hooks/use-export'
import { useAnalysis } from '../../../session/analysis-context'
import { laterStrings } from '../../../i18n/strings-later'
import { LoadState } from '../LoadState'
import { CodebookPanel } from './CodebookPanel'
import { CodingNoteList } from './CodingNoteList'
import { NoteFilters } from './NoteFilters'

const t = laterStrings.analysis.coding

/** Code notes: pick notes on the left, codes on the right, then apply or remove. */
export function CodingTab() {
  const session = useAnalysis()
  const exp = useScopeExport()
  const codebook = useCodebook()
  if (!exp.data || !codebook.data) {
    const failed = exp.error ? exp : codebook
    return (
      <LoadState
        loading={exp.loading || codebook.loading}
        error={failed.error}
        onRetry={() => void (exp.error ? exp.reload() : session.codebook.reload())}
      />
    )
  }
  return <CodingWorkspace exp={exp.data} codebook={codebook.data} />
}

function CodingWorkspace(props: { exp: WorkshopExport; codebook: Codebook }) {
  const { exp, codebook } = props
  const rows = useMemo(() => noteRows(exp), [exp])
  const [filter, setFilter] = useState<NoteFilter>(NO_FILTER)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter])
  // Only notes of this scope count; the selection survives refreshes and scope changes.
  const selectedRows = useMemo(() => rows.filter((row) => selected.has(row.key)), [rows, selected])
  const codeUse = useMemo(() => {
    const counts = new Map<string, number>()
    for (const { note } of rows) {
      for (const codeId of note.codes) counts.set(codeId, (counts.get(codeId) ?? 0) + 1)
    }
    return counts
  }, [rows])

  const toggle = useCallback(
    (key: string, on: boolean) =>
      setSelected((previous) => {
        const next = new Set(previous)
        if (on) next.add(key)
        else next.delete(key)
        return next
      }),
    [],
  )

  return (
    <div className="coding">
      <section className="coding-notes" aria-labelledby="coding-notes-heading">
        <div className="analysis-section-intro">
          <h2 id="coding-notes-heading" className="analysis-section-title">
            {t.notesHeading}
          </h2>
          <p className="panel-hint">{t.notesIntro}</p>
        </div>
        <NoteFilters
          exp={exp}
          codebook={codebook}
          filter={filter}
          onFilter={setFilter}
          shownCount={shown.length}
          totalCount={rows.length}
          selectedCount={selectedRows.length}
          onSelectShown={() =>
            setSelected((previous) => new Set([...previous, ...shown.map((row) => row.key)]))
          }
          onClear={() => setSelected(new Set())}
        />
        <CodingNoteList
          rows={shown}
          codebook={codebook}
          selected={selected}
          showRoom={exp.rooms.length > 1}
          onToggle={toggle}
        />
      </section>
      <CodebookPanel codebook={codebook} codeUse={codeUse} selectedRows={selectedRows} />
    </div>
  )
}
