import { useState } from 'react'
import { CODE_NAME_MAX_LENGTH } from '@weave/shared'
import { saveCode } from '../../../commands/codebook-commands'
import { useAnalysis } from '../../../session/analysis-context'
import { Field } from '../../Field'
import { Icon } from '../../icons'
import { laterStrings } from '../../../i18n/strings-later'

const t = laterStrings.analysis.coding

/** One line to add a code to a theme (or without a theme). */
export function AddCodeForm(props: { themeId: string | null; themeName: string }) {
  const session = useAnalysis()
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  return (
    <form
      className="inline-form"
      onSubmit={async (event) => {
        event.preventDefault()
        if (!name.trim()) return
        setBusy(true)
        const added = await saveCode(session, { name, description: '', themeId: props.themeId })
        setBusy(false)
        if (added) setName('')
      }}
    >
      <Field label={t.newCodeIn(props.themeName)} labelClassName="visually-hidden" bare>
        {(control) => (
          <input
            {...control}
            className="input"
            placeholder={t.newCodePlaceholder}
            maxLength={CODE_NAME_MAX_LENGTH}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
        )}
      </Field>
      <button
        type="submit"
        className="button button-secondary"
        disabled={busy || !name.trim()}
        aria-label={t.addCodeTo(props.themeName)}
      >
        <Icon name="plus" size={18} />
        {t.addCode}
      </button>
    </form>
  )
}
