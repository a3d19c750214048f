import { WRITING_MODES, type WritingMode } from '@weave/shared'
import { laterStrings } from '../../i18n/strings-later'
import { Field } from '../Field'

/** The fields of a round or plan step, as typed (duration as text until submitted). */
export interface PromptDraft {
  readonly title: string
  readonly prompt: string
  readonly duration: string
  readonly mode: WritingMode
}

/** Test ids of the fields, so each form keeps its own. */
export interface PromptFieldIds {
  readonly title?: string
  readonly prompt: string
  readonly duration: string
  readonly mode: string
}

/** Title, prompt, duration (seconds) and writing mode: shared by the round and plan forms. */
export function PromptFields(props: {
  value: PromptDraft
  onChange: (next: PromptDraft) => void
  testIds: PromptFieldIds
  placeholder?: string
}) {
  const { value, onChange, testIds } = props
  const t = laterStrings.console.round
  const set = (change: Partial<PromptDraft>) => onChange({ ...value, ...change })
  return (
    <>
      <Field label={t.title} bare>
        {(control) => (
          <input
            {...control}
            className="input"
            data-testid={testIds.title}
            value={value.title}
            maxLength={120}
            onChange={(event) => set({ title: event.currentTarget.value })}
          />
        )}
      </Field>
      <Field label={t.prompt} bare>
        {(control) => (
          <textarea
            {...control}
            className="input"
            data-testid={testIds.prompt}
            rows={3}
            required
            maxLength={500}
            placeholder={props.placeholder}
            value={value.prompt}
            onChange={(event) => set({ prompt: event.currentTarget.value })}
          />
        )}
      </Field>
      <div className="field-row">
        <Field label={t.duration}>
          {(control) => (
            <input
              {...control}
              className="input"
              data-testid={testIds.duration}
              type="number"
              min={10}
              max={14400}
              step={10}
              value={value.duration}
              onChange={(event) => set({ duration: event.currentTarget.value })}
            />
          )}
        </Field>
        <Field label={t.mode}>
          {(control) => (
            <select
              {...control}
              className="input"
              data-testid={testIds.mode}
              value={value.mode}
              onChange={(event) => set({ mode: event.currentTarget.value as WritingMode })}
            >
              {WRITING_MODES.map((item) => (
                <option key={item} value={item}>
                  {t.modes[item]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </>
  )
}

/** A typed duration as whole seconds within the allowed range. */
export function durationSeconds(duration: string): number {
  return Math.min(Math.max(Math.round(Number(duration)) || 0, 10), 4 * 3600)
}
