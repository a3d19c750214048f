import { useState } from 'react'
import type { Codebook } from '@weave/shared'
import { groupCodebook } from '../../../analysis/codebook-groups'
import type { NoteRow } from '../../../analysis/note-rows'
import { codeNotes } from '../../../commands/codebook-commands'
import { useAnalysis } from '../../../session/analysis-context'
import { laterStrings } from '../../../i18n/strings-later'
import { NewThemeForm } from './NewThemeForm'
import { ThemeBlock } from './ThemeBlock'

const t = laterStrings.analysis.coding

/** The codebook: themes and codes to choose, edit and apply to the selected notes. */
export function CodebookPanel(props: {
  codebook: Codebook
  codeUse: ReadonlyMap<string, number>
  selectedRows: readonly NoteRow[]
}) {
  const { codebook, selectedRows } = props
  const session = useAnalysis()
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
  const [busy, setBusy] = useState(false)
  // Codes deleted meanwhile drop out of the choice.
  const chosenIds = codebook.codes.filter((code) => chosen.has(code.id)).map((code) => code.id)
  const { themes, ungrouped } = groupCodebook(codebook)
  const ready = chosenIds.length > 0 && selectedRows.length > 0 && !busy

  const run = async (action: 'apply' | 'remove') => {
    setBusy(true)
    const notes = selectedRows.map((row) => ({ roomId: row.room.id, noteId: row.note.id }))
    await codeNotes(session, action, notes, chosenIds)
    setBusy(false)
  }
  const choose = (codeId: string, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous)
      if (on) next.add(codeId)
      else next.delete(codeId)
      return next
    })
  const block = (group: (typeof themes)[number] | null) => (
    <ThemeBlock
      key={group?.theme.id ?? 'ungrouped'}
      theme={group?.theme ?? null}
      codes={group ? group.codes : ungrouped}
      themes={codebook.themes}
      chosen={chosen}
      codeUse={props.codeUse}
      onChoose={choose}
    />
  )

  return (
    <section className="codebook" aria-labelledby="codebook-heading" data-testid="codebook">
      <div className="codebook-sticky">
        <h2 id="codebook-heading" className="analysis-section-title">
          {t.codebookHeading}
        </h2>
        <div className="coding-actions">
          <p className="coding-actions-hint" aria-live="polite">
            {t.actionHint(chosenIds.length, selectedRows.length)}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={!ready}
              onClick={() => void run('apply')}
            >
              {t.apply}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={!ready}
              onClick={() => void run('remove')}
            >
              {t.remove}
            </button>
          </div>
        </div>
      </div>
      {codebook.codes.length === 0 && <p className="panel-hint">{t.emptyCodebook}</p>}
      <ul className="theme-list" aria-label={t.themesLabel}>
        {themes.map((group) => block(group))}
        {block(null)}
      </ul>
      <NewThemeForm />
    </section>
  )
}
