import { useId, useState } from 'react'
import type { ExportTheme } from '@weave/shared'
import { saveTheme } from '../../../commands/codebook-commands'
import { useAnalysis } from '../../../session/analysis-context'
import { laterStrings } from '../../../i18n/strings-later'
import { SWATCHES } from '../../swatches'
import { CodebookEntryForm } from './CodebookEntryForm'

const t = laterStrings.analysis.coding

/** Renames a theme, and changes its description and colour. */
export function ThemeForm(props: { theme: ExportTheme; onDone: () => void }) {
  const { theme } = props
  const session = useAnalysis()
  const id = useId()
  const [color, setColor] = useState(theme.color.toLowerCase())
  return (
    <CodebookEntryForm
      label={t.editTheme(theme.name)}
      nameLabel={t.themeName}
      initial={theme}
      onSave={(entry) => saveTheme(session, { ...entry, color }, theme.id)}
      onDone={props.onDone}
    >
      <fieldset className="swatch-field">
        <legend className="field-label">{t.colour}</legend>
        {SWATCHES.map((swatch) => (
          <label
            key={swatch}
            className="swatch-option"
            title={laterStrings.console.lanes.swatches[swatch]}
          >
            <input
              type="radio"
              name={`${id}-colour`}
              value={swatch}
              checked={color === swatch}
              aria-label={laterStrings.console.lanes.swatches[swatch]}
              onChange={() => setColor(swatch)}
            />
            <span className="swatch-dot" style={{ background: swatch }} aria-hidden="true" />
          </label>
        ))}
      </fieldset>
    </CodebookEntryForm>
  )
}
