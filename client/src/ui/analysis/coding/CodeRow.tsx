import { memo } from 'react'
import type { ExportCode, ExportTheme } from '@weave/shared'
import { deleteCode } from '../../../commands/codebook-commands'
import { useAnalysis } from '../../../session/analysis-context'
import { laterStrings } from '../../../i18n/strings-later'
import { CodeForm } from './CodeForm'
import { EntryTools, useInlineEdit } from './EntryTools'

const t = laterStrings.analysis.coding

/** A code: a checkbox to choose it for Apply/Remove, how often it is used here, edit and delete. */
export const CodeRow = memo(function CodeRow(props: {
  code: ExportCode
  themes: readonly ExportTheme[]
  chosen: boolean
  uses: number
  onChoose: (codeId: string, on: boolean) => void
}) {
  const { code } = props
  const session = useAnalysis()
  const { editing, setEditing, editButton, stopEditing } = useInlineEdit()
  return (
    <li className={props.chosen ? 'code-row code-row-chosen' : 'code-row'}>
      <div className="code-row-main">
        <label className="checkbox code-choice">
          <input
            type="checkbox"
            checked={props.chosen}
            data-code-id={code.id}
            onChange={(event) => props.onChoose(code.id, event.currentTarget.checked)}
          />
          <span className="code-name">{code.name}</span>
        </label>
        <span className="code-uses">{t.uses(props.uses)}</span>
        <EntryTools
          ref={editButton}
          editing={editing}
          onEditing={setEditing}
          editLabel={t.editCode(code.name)}
          deleteLabel={t.deleteCode(code.name)}
          confirmDelete={t.confirmDeleteCode(code.name, props.uses)}
          onDelete={() => void deleteCode(session, code.id, code.name)}
        />
      </div>
      {code.description && !editing && <p className="code-description">{code.description}</p>}
      {editing && <CodeForm code={code} themes={props.themes} onDone={stopEditing} />}
    </li>
  )
})
