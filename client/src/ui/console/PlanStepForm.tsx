import { useId, useState, type FormEvent } from 'react'
import { WRITING_MODES, type PlanStep, type WritingMode } from '@weave/shared'
import { strings } from '../strings'

/** Edits a plan step's title, prompt, duration and writing mode. */
export function PlanStepForm(props: {
  step: PlanStep
  onSave: (change: Omit<PlanStep, 'id'>) => void
  onCancel: () => void
}) {
  const { step } = props
  const id = useId()
  const [title, setTitle] = useState(step.title)
  const [prompt, setPrompt] = useState(step.prompt)
  const [duration, setDuration] = useState(String(step.durationSec))
  const [mode, setMode] = useState<WritingMode>(step.mode)
  const round = strings.console.round
  const t = strings.console.plan

  function submit(event: FormEvent): void {
    event.preventDefault()
    const durationSec = Math.min(Math.max(Math.round(Number(duration)) || 0, 10), 4 * 3600)
    props.onSave({ title: title.trim(), prompt: prompt.trim(), durationSec, mode })
  }

  return (
    <form className="console-form" onSubmit={submit}>
      <label className="field-label" htmlFor={`${id}-title`}>
        {round.title}
      </label>
      <input
        id={`${id}-title`}
        className="input"
        data-testid="plan-step-title"
        value={title}
        maxLength={120}
        onChange={(event) => setTitle(event.currentTarget.value)}
      />
      <label className="field-label" htmlFor={`${id}-prompt`}>
        {round.prompt}
      </label>
      <textarea
        id={`${id}-prompt`}
        className="input"
        data-testid="plan-step-prompt"
        rows={3}
        maxLength={500}
        value={prompt}
        onChange={(event) => setPrompt(event.currentTarget.value)}
      />
      <div className="field-row">
        <span className="field">
          <label className="field-label" htmlFor={`${id}-duration`}>
            {round.duration}
          </label>
          <input
            id={`${id}-duration`}
            className="input"
            data-testid="plan-step-duration"
            type="number"
            min={10}
            max={14400}
            step={10}
            value={duration}
            onChange={(event) => setDuration(event.currentTarget.value)}
          />
        </span>
        <span className="field">
          <label className="field-label" htmlFor={`${id}-mode`}>
            {round.mode}
          </label>
          <select
            id={`${id}-mode`}
            className="input"
            data-testid="plan-step-mode"
            value={mode}
            onChange={(event) => setMode(event.currentTarget.value as WritingMode)}
          >
            {WRITING_MODES.map((item) => (
              <option key={item} value={item}>
                {round.modes[item]}
              </option>
            ))}
          </select>
        </span>
      </div>
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
