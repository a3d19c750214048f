import { useState } from 'react'
import type { ExportCode, ExportTheme } from '@weave/shared'
import { saveCode } from '../../../commands/codebook-commands'
import { useAnalysis } from '../../../session/analysis-context'
import { laterStrings } from '../../../i18n/strings-later'
import { Field } from '../../Field'
import { CodebookEntryForm } from './CodebookEntryForm'

const t = laterStrings.analysis.coding

/** Renames a code, changes its description, or moves it to another theme. */
export function CodeForm(props: {
  code: ExportCode
  themes: readonly ExportTheme[]
  onDone: () => void
}) {
  const { code } = props
  const session = useAnalysis()
  const [themeId, setThemeId] = useState(code.themeId ?? '')
  return (
    <CodebookEntryForm
      label={t.editCode(code.name)}
      nameLabel={t.codeName}
      initial={code}
      onSave={(entry) => saveCode(session, { ...entry, themeId: themeId || null }, code.id)}
      onDone={props.onDone}
    >
      <Field label={t.theme}>
        {(control) => (
          <select
            {...control}
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
        )}
      </Field>
    </CodebookEntryForm>
  )
}
