import { PHASES, type Phase } from '@weave/shared'
import { useSession } from '../../session/session-context'
import { usePhase } from '../../hooks/use-phase'
import { changePhase } from '../../commands/workshop-commands'
import { strings } from '../../i18n/strings'
import { Field } from '../Field'

function isPhase(value: string): value is Phase {
  return (PHASES as readonly string[]).includes(value)
}

/** Preparation, live or closed, with what each means. */
export function ConsolePhase() {
  const session = useSession()
  const phase = usePhase()
  return (
    <Field
      className="console-block"
      label={strings.phase.label}
      hint={strings.phase.explanations[phase]}
    >
      {(control) => (
        <select
          {...control}
          className="input"
          data-testid="phase-select"
          value={phase}
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
      )}
    </Field>
  )
}
