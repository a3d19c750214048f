import { useState, type FormEvent } from 'react'
import type { PlanStep } from '@weave/shared'
import { laterStrings } from '../../i18n/strings-later'
import { durationSeconds, PromptFields, type PromptDraft } from './PromptFields'

/** Edits a plan step's title, prompt, duration and writing mode. */
export function PlanStepForm(props: {
  step: PlanStep
  onSave: (change: Omit<PlanStep, 'id'>) => void
  onCancel: () => void
}) {
  const { step } = props
  const [draft, setDraft] = useState<PromptDraft>({
    title: step.title,
    prompt: step.prompt,
    duration: String(step.durationSec),
    mode: step.mode,
  })
  const t = laterStrings.console.plan

  function submit(event: FormEvent): void {
    event.preventDefault()
    props.onSave({
      title: draft.title.trim(),
      prompt: draft.prompt.trim(),
      durationSec: durationSeconds(draft.duration),
      mode: draft.mode,
    })
  }

  return (
    <form className="console-form" onSubmit={submit}>
      <PromptFields
        value={draft}
        onChange={setDraft}
        testIds={{
          title: 'plan-step-title',
          prompt: 'plan-step-prompt',
          duration: 'plan-step-duration',
          mode: 'plan-step-mode',
        }}
      />
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary button-small"
          data-testid="plan-save"
        >
          {t.save}
        </button>
        <button type="button" className="button button-ghost button-small" onClick={props.onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  )
}
