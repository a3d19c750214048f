import { useState } from 'react'
import type { PlanStep } from '@weave/shared'
import { useSession } from '../../session/session-context'
import { editStep, removeStep, shiftStep } from '../../commands/plan-commands'
import { startRound } from '../../commands/round-commands'
import { Icon } from '../icons'
import { laterStrings } from '../../i18n/strings-later'
import { PlanStepForm } from './PlanStepForm'
import { ShiftButtons } from './ShiftButtons'

interface PlanStepItemProps {
  readonly step: PlanStep
  readonly index: number
  readonly count: number
  /** The running round was started from this step. */
  readonly current: boolean
  /** Open the editor at once (a step the facilitator just added). */
  readonly startEditing: boolean
}

/** One step of the plan: start it, edit it, move it, remove it. */
export function PlanStepItem(props: PlanStepItemProps) {
  const { step, index, count, current } = props
  const session = useSession()
  const [editing, setEditing] = useState(props.startEditing)
  const t = laterStrings.console.plan

  if (editing) {
    return (
      <li className="plan-step plan-step-editing" data-testid="plan-step" data-step-id={step.id}>
        <PlanStepForm
          step={step}
          onSave={(change) => {
            editStep(session, step.id, change)
            setEditing(false)
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    )
  }
  return (
    <li
      className={current ? 'plan-step plan-step-current' : 'plan-step'}
      data-testid="plan-step"
      data-step-id={step.id}
      aria-current={current ? 'step' : undefined}
    >
      <div className="plan-step-text">
        <span className="plan-step-title">
          {index + 1}. {step.title || step.prompt}
          {current && <span className="plan-step-badge">{t.current}</span>}
        </span>
        <span className="plan-step-prompt">{step.prompt}</span>
        <span className="library-meta">
          {t.minutes(step.durationSec)} · {t.modeShort[step.mode]}
        </span>
      </div>
      <div className="plan-step-actions">
        <button
          type="button"
          className="button button-primary button-small"
          data-testid="plan-start"
          disabled={!step.prompt.trim()}
          onClick={() => void startRound(session, step)}
        >
          <Icon name="play" size={14} />
          {t.start}
        </button>
        <button
          type="button"
          className="button button-ghost button-small"
          data-testid="plan-edit"
          onClick={() => setEditing(true)}
        >
          {t.edit}
        </button>
        <ShiftButtons
          index={index}
          count={count}
          back={{ label: t.up, icon: 'up' }}
          on={{ label: t.down, icon: 'down' }}
          onShift={(by) => shiftStep(session, step.id, by)}
        />
        <button
          type="button"
          className="button button-icon button-small button-danger"
          aria-label={t.remove}
          title={t.remove}
          data-testid="plan-remove"
          onClick={() => removeStep(session, step.id)}
        >
          <Icon name="trash" size={16} />
        </button>
      </div>
    </li>
  )
}
