import type { Codebook } from '@weave/shared'
import { laterStrings } from '../../../i18n/strings-later'

/** A note's codes as small chips in their theme's colour. */
export function CodeChips(props: { codeIds: readonly string[]; codebook: Codebook }) {
  const { codeIds, codebook } = props
  if (codeIds.length === 0) return null
  return (
    <ul className="code-chips" aria-label={laterStrings.analysis.coding.codesOfNote}>
      {codeIds.map((codeId) => {
        const code = codebook.codes.find((candidate) => candidate.id === codeId)
        if (!code) return null
        const theme = codebook.themes.find((candidate) => candidate.id === code.themeId)
        return (
          <li
            key={codeId}
            className="code-chip"
            style={{ background: theme?.color ?? '#475569' }}
            title={theme ? `${theme.name}: ${code.name}` : code.name}
          >
            {code.name}
          </li>
        )
      })}
    </ul>
  )
}
