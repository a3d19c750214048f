import { usePhase } from '../hooks/use-phase'
import { strings } from '../i18n/strings'

/** The workshop's phase, in the header, with what it means as a tooltip. */
export function PhaseBadge() {
  const phase = usePhase()
  return (
    <span
      className={`phase-badge phase-${phase}`}
      data-testid="phase-badge"
      data-phase={phase}
      title={strings.phase.explanations[phase]}
    >
      {strings.phase.names[phase]}
    </span>
  )
}
