import { memo, useRef, useState } from 'react'
import type { ExportCode, ExportTheme } from '@weave/shared'
import { deleteCode } from '../../../commands/codebook-commands'
import { useAnalysis } from '../../../session/analysis-context'
import { Icon } from '../../icons'
import { laterStrings } from '../../../i18n/strings-later'
import { CodeForm } from './CodeForm'

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
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const stopEditing = () => {
    setEditing(false)
    editButton.current?.focus()
  }
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
        <button
          ref={editButton}
          type="button"
          className="button button-icon"
          aria-label={t.editCode(code.name)}
          title={t.editCode(code.name)}
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
        >
          <Icon name="pencil" size={18} />
        </button>
        <button
          type="button"
          className="button button-icon button-danger"
          aria-label={t.deleteCode(code.name)}
          title={t.deleteCode(code.name)}
          onClick={() => {
            if (window.confirm(t.confirmDeleteCode(code.name, props.uses))) {
              void deleteCode(session, code.id, code.name)
            }
          }}
        >
          <Icon name="trash" size={18} />
        </button>
      </div>
      {code.description && !editing && <p className="code-description">{code.description}</p>}
      {editing && <CodeForm code={code} themes={props.themes} onDone={stopEditing} />}
    </li>
  )
})
