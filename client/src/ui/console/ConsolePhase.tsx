import { useId } from 'react'
import { PHASES, type Phase } from '@weave/shared'
import { useSession } from '../../session/session-context'
import { usePhase } from '../../hooks/use-phase'
import { changePhase } from '../../commands/workshop-commands'
import { strings } from '../../i18n/strings'

function isPhase(value: string): value is Phase {
  return (PHASES as readonly string[]).includes(value)
}

/** Preparation, live or closed, with what each means. */
export function ConsolePhase() {
  const session = useSession()
  const phase = usePhase()
  const id = useId()
  return (
    <div className="console-block">
      <label className="field-label" htmlFor={id}>
        {strings.phase.label}
      </label>
      <select
        id={id}
        className="input"
        data-testid="phase-select"
        value={phase}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const next = event.currentTarget.value
          if (isPhase(next)) changePhase(session, next)
        }}
      >
        {PHASES.map((item) => (
          <option key={item} value={item}>
            {strings.phase.names[item]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="panel-hint">
        {strings.phase.explanations[phase]}
      </p>
    </div>
  )
}
