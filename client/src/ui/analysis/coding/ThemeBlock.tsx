import type { CSSProperties } from 'react'
import type { ExportCode, ExportTheme } from '@weave/shared'
import { UNGROUPED_COLOR } from '../../../analysis/codebook-groups'
import { deleteTheme } from '../../../commands/codebook-commands'
import { useAnalysis } from '../../../session/analysis-context'
import { laterStrings } from '../../../i18n/strings-later'
import { AddCodeForm } from './AddCodeForm'
import { CodeRow } from './CodeRow'
import { EntryTools, useInlineEdit } from './EntryTools'
import { ThemeForm } from './ThemeForm'

const t = laterStrings.analysis.coding

/** A theme (or the codes without one): its name, description, codes and a way to add codes. */
export function ThemeBlock(props: {
  theme: ExportTheme | null
  codes: readonly ExportCode[]
  themes: readonly ExportTheme[]
  chosen: ReadonlySet<string>
  codeUse: ReadonlyMap<string, number>
  onChoose: (codeId: string, on: boolean) => void
}) {
  const { theme, codes } = props
  const session = useAnalysis()
  const { editing, setEditing, editButton, stopEditing } = useInlineEdit()
  const name = theme?.name ?? t.ungrouped
  const headingId = `theme-${theme?.id ?? 'ungrouped'}`
  const style = { '--theme-color': theme?.color ?? UNGROUPED_COLOR } as CSSProperties
  return (
    <li className="theme-block" style={style} aria-labelledby={headingId}>
      <div className="theme-header">
        <span className="theme-swatch" aria-hidden="true" />
        <h3 id={headingId} className="theme-name">
          {name}
        </h3>
        {theme && (
          <span className="theme-tools">
            <EntryTools
              ref={editButton}
              editing={editing}
              onEditing={setEditing}
              editLabel={t.editTheme(name)}
              deleteLabel={t.deleteTheme(name)}
              confirmDelete={t.confirmDeleteTheme(name)}
              onDelete={() => void deleteTheme(session, theme.id, name)}
            />
          </span>
        )}
      </div>
      {theme?.description && !editing && <p className="theme-description">{theme.description}</p>}
      {!theme && <p className="theme-description">{t.ungroupedHint}</p>}
      {theme && editing && <ThemeForm theme={theme} onDone={stopEditing} />}
      {codes.length > 0 && (
        <ul className="code-list" aria-label={t.codesOf(name)}>
          {codes.map((code) => (
            <CodeRow
              key={code.id}
              code={code}
              themes={props.themes}
              chosen={props.chosen.has(code.id)}
              uses={props.codeUse.get(code.id) ?? 0}
              onChoose={props.onChoose}
            />
          ))}
        </ul>
      )}
      <AddCodeForm themeId={theme?.id ?? null} themeName={name} />
    </li>
  )
}
