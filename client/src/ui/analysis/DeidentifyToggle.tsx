import { useAnalysisQuery } from '../../hooks/use-analysis-query'
import { laterStrings } from '../../i18n/strings-later'

/** Shows pseudonyms instead of names everywhere on the page, and in every download. */
export function DeidentifyToggle() {
  const { deidentified, setDeidentified } = useAnalysisQuery()
  const t = laterStrings.analysis.deidentify
  return (
    <label className="checkbox analysis-toggle">
      <input
        type="checkbox"
        checked={deidentified}
        data-testid="deidentify"
        aria-describedby="deidentify-hint"
        onChange={(event) => setDeidentified(event.currentTarget.checked)}
      />
      <span>
        <span className="analysis-toggle-label">{t.label}</span>
        <span id="deidentify-hint" className="field-hint">
          {t.hint}
        </span>
      </span>
    </label>
  )
}
