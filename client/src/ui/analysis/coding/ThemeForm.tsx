import { useId, useState } from 'react'
import { CODE_DESCRIPTION_MAX_LENGTH, CODE_NAME_MAX_LENGTH, type ExportTheme } from '@weave/shared'
import { saveTheme } from '../../../commands/codebook-commands'
import { useAnalysis } from '../../../session/analysis-context'
import { laterStrings } from '../../../i18n/strings-later'

/** Theme colours: white chip text on each passes WCAG AA (the sector accents and a grey). */
const THEME_SWATCHES = [
  '#1d4ed8',
  '#a16207',
  '#be185d',
  '#15803d',
  '#6d28d9',
  '#c2410c',
  '#0e7490',
  '#475569',
] as const satisfies readonly (keyof typeof laterStrings.console.lanes.swatches)[]

const t = laterStrings.analysis.coding

/** Renames a theme, and changes its description and colour. */
export function ThemeForm(props: { theme: ExportTheme; onDone: () => void }) {
  const { theme } = props
  const session = useAnalysis()
  const id = useId()
  const [name, setName] = useState(theme.name)
  const [description, setDescription] = useState(theme.description)
  const [color, setColor] = useState(theme.color.toLowerCase())
  const [busy, setBusy] = useState(false)
  return (
    <form
      className="codebook-form"
      aria-label={t.editTheme(theme.name)}
      onSubmit={async (event) => {
        event.preventDefault()
        if (!name.trim()) return
        setBusy(true)
        const saved = await saveTheme(session, { name, description, color }, theme.id)
        setBusy(false)
        if (saved) props.onDone()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onDone()
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`} className="field-label">
          {t.themeName}
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
      <fieldset className="swatch-field">
        <legend className="field-label">{t.colour}</legend>
        {THEME_SWATCHES.map((swatch) => (
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
