import { useId, useState } from 'react'
import { CODE_DESCRIPTION_MAX_LENGTH, CODE_NAME_MAX_LENGTH } from '@weave/shared'
import { saveTheme } from '../../../commands/codebook-commands'
import { useAnalysis } from '../../../session/analysis-context'
import { Icon } from '../../icons'
import { laterStrings } from '../../../i18n/strings-later'
import { Field } from '../../Field'

const t = laterStrings.analysis.coding

/** Adds a theme (the server gives it the next colour; it can be changed afterwards). */
export function NewThemeForm() {
  const session = useAnalysis()
  const id = useId()
  const [name, setName] = useState('')
  const [description, setDescription] = useState('')
  const [busy, setBusy] = useState(false)
  return (
    <form
      className="codebook-form new-theme"
      aria-labelledby={`${id}-heading`}
      onSubmit={async (event) => {
        event.preventDefault()
        if (!name.trim()) return
        setBusy(true)
        const added = await saveTheme(session, { name, description })
        setBusy(false)
        if (added) {
          setName('')
          setDescription('')
        }
      }}
    >
      <h3 id={`${id}-heading`} className="console-subheading">
        {t.newTheme}
      </h3>
      <Field label={t.themeName}>
        {(control) => (
          <input
            {...control}
            className="input"
            placeholder={t.themePlaceholder}
            maxLength={CODE_NAME_MAX_LENGTH}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={t.descriptionOptional}>
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={CODE_DESCRIPTION_MAX_LENGTH}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button-secondary" disabled={busy || !name.trim()}>
        <Icon name="plus" size={18} />
        {t.addTheme}
      </button>
    </form>
  )
}
