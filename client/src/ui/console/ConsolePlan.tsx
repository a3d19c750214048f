import { useState } from 'react'
import { useSession } from '../../session/session-context'
import { usePlan } from '../../hooks/use-plan'
import { useRound } from '../../hooks/use-round'
import { currentStepIndex, startAdjacentStep } from '../../commands/round-commands'
import { addOwnStep } from '../../commands/plan-commands'
import { Icon } from '../icons'
import { laterStrings } from '../../i18n/strings-later'
import { PlanStepItem } from './PlanStepItem'
import { PromptLibrary } from './PromptLibrary'

/** Own steps start with this duration; the facilitator edits it. */
const OWN_STEP_DURATION_SEC = 300

/** The session plan: steps to run as rounds, in order, with next/previous. */
export function ConsolePlan() {
  const session = useSession()
  const plan = usePlan()
  const round = useRound()
  const [libraryOpen, setLibraryOpen] = useState(false)
  const [newStepId, setNewStepId] = useState<string | null>(null)
  const current = currentStepIndex(plan, round)
  const t = laterStrings.console.plan

  return (
    <section className="panel-section" aria-labelledby="console-plan-heading">
      <h2 id="console-plan-heading" className="panel-heading">
        {t.heading}
      </h2>
      {plan.length === 0 && <p className="panel-hint">{t.empty}</p>}
      {plan.length > 0 && (
        <div className="button-row">
          <button
            type="button"
            className="button button-secondary"
            data-testid="plan-previous"
            disabled={current <= 0}
            onClick={() => void startAdjacentStep(session, -1)}
          >
            <Icon name="left" size={16} />
            {t.previous}
          </button>
          <button
            type="button"
            className="button button-primary"
            data-testid="plan-next"
            disabled={current >= plan.length - 1}
            onClick={() => void startAdjacentStep(session, 1)}
          >
            {t.next}
            <Icon name="right" size={16} />
          </button>
        </div>
      )}
      <ol className="plan-list">
        {plan.map((step, index) => (
          <PlanStepItem
            key={step.id}
            step={step}
            index={index}
            count={plan.length}
            current={index === current}
            startEditing={step.id === newStepId}
          />
        ))}
      </ol>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          data-testid="plan-add-library"
          aria-expanded={libraryOpen}
          onClick={() => setLibraryOpen((open) => !open)}
        >
          <Icon name="plus" size={16} />
          {t.addLibrary}
        </button>
        <button
          type="button"
          className="button button-ghost"
          data-testid="plan-add-own"
          onClick={() =>
            setNewStepId(
              addOwnStep(session, {
                title: t.ownTitle,
                prompt: '',
                durationSec: OWN_STEP_DURATION_SEC,
                mode: 'open',
              }),
            )
          }
        >
          {t.addOwn}
        </button>
      </div>
      {libraryOpen && <PromptLibrary onClose={() => setLibraryOpen(false)} />}
    </section>
  )
}
