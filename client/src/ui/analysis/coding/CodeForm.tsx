import { useId, useState } from 'react'
import {
  CODE_DESCRIPTION_MAX_LENGTH,
  CODE_NAME_MAX_LENGTH,
  type ExportCode,
  type ExportTheme,
} from '@weave/shared'
import { saveCode } from '../../../commands/codebook-commands'
import { useAnalysis } from '../../../session/analysis-context'
import { laterStrings } from '../../../i18n/strings-later'

const t = laterStrings.analysis.coding

/** Renames a code, changes its description, or moves it to another theme. */
export function CodeForm(props: {
  code: ExportCode
  themes: readonly ExportTheme[]
  onDone: () => void
}) {
  const { code } = props
  const session = useAnalysis()
  const id = useId()
  const [name, setName] = useState(code.name)
  const [description, setDescription] = useState(code.description)
  const [themeId, setThemeId] = useState(code.themeId ?? '')
  const [busy, setBusy] = useState(false)
  return (
    <form
      className="codebook-form"
      aria-label={t.editCode(code.name)}
      onSubmit={async (event) => {
        event.preventDefault()
        if (!name.trim()) return
        setBusy(true)
        const input = { name, description, themeId: themeId || null }
        const saved = await saveCode(session, input, code.id)
        setBusy(false)
        if (saved) props.onDone()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onDone()
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`} className="field-label">
          {t.codeName}
        </label>
        <input
          id={`${id}-name`}
          className="input"
          required
          autoFocus
          maxLength={CODE_NAME_MAX_LENGTH}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`} className="field-label">
          {t.description}
        </label>
        <textarea
          id={`${id}-description`}
          className="input"
          rows={2}
          maxLength={CODE_DESCRIPTION_MAX_LENGTH}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-theme`} className="field-label">
          {t.theme}
        </label>
        <select
          id={`${id}-theme`}
          className="input"
          value={themeId}
          onChange={(event) => setThemeId(event.currentTarget.value)}
        >
          <option value="">{t.noTheme}</option>
          {props.themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.name}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy || !name.trim()}>
          {t.save}
        </button>
        <button type="button" className="button button-ghost" onClick={props.onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  )
}
