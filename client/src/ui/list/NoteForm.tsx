import { useEffect, useRef, useState, type FormEvent } from 'react'
import { NOTE_TEXT_MAX_LENGTH, type Lane } from '@weave/shared'
import { Field } from '../Field'
import { strings } from '../../i18n/strings'

const t = strings.list

/**
 * A plain form for a note's text: writing a new one (with a lane to put it in, when `lanes` is
 * given) or editing one. `onSubmit` returns (or resolves to, when the server writes the note)
 * true when the text was taken: the form then clears; otherwise the text stays.
 */
export function NoteForm(props: {
  label: string
  submitLabel: string
  initialText?: string
  lanes?: readonly Lane[]
  laneId?: string
  onSubmit: (text: string, laneId: string | null) => boolean | Promise<boolean>
  onCancel?: () => void
  autoFocus?: boolean
  testId?: string
}) {
  const [text, setText] = useState(props.initialText ?? '')
  const [laneId, setLaneId] = useState(props.laneId ?? props.lanes?.[0]?.id ?? '')
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const area = useRef<HTMLTextAreaElement>(null)
  const { autoFocus } = props

  useEffect(() => {
    if (autoFocus) area.current?.focus()
  }, [autoFocus])

  // The lane list changed (a lane was removed): fall back to the first one.
  const lanes = props.lanes
  const laneKnown = !lanes || lanes.some((lane) => lane.id === laneId)
  const chosenLane = laneKnown ? laneId : (lanes?.[0]?.id ?? '')

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (sending) return
    if (!text.trim()) {
      setError(t.empty)
      area.current?.focus()
      return
    }
    setError(null)
    setSending(true)
    const sent = text
    const taken = await props.onSubmit(sent, lanes ? chosenLane : null)
    setSending(false)
    if (taken && props.initialText === undefined) {
      // Unless more was typed while it was on its way.
      setText((current) => (current === sent ? '' : current))
      area.current?.focus()
    }
  }

  return (
    <form
      className="note-form"
      onSubmit={(event) => void submit(event)}
      data-testid={props.testId}
      noValidate
    >
      <Field label={props.label} error={error} bare>
        {(control) => (
          <textarea
            {...control}
            ref={area}
            className="input note-form-text"
            data-testid="note-form-text"
            rows={3}
            value={text}
            maxLength={NOTE_TEXT_MAX_LENGTH}
            placeholder={t.notePlaceholder}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && props.onCancel) {
                event.preventDefault()
                props.onCancel()
              }
            }}
          />
        )}
      </Field>
      <div className="note-form-row">
        {lanes && (
          <Field label={t.laneLabel} className="note-form-lane">
            {(control) => (
              <select
                {...control}
                className="input"
                data-testid="note-form-lane"
                value={chosenLane}
                onChange={(event) => setLaneId(event.currentTarget.value)}
              >
                {lanes.map((lane) => (
                  <option key={lane.id} value={lane.id}>
                    {lane.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <div className="button-row note-form-buttons">
          <button
            type="submit"
            className="button button-primary"
            data-testid="note-form-submit"
            aria-disabled={sending}
          >
            {props.submitLabel}
          </button>
          {props.onCancel && (
            <button type="button" className="button button-secondary" onClick={props.onCancel}>
              {t.cancel}
            </button>
          )}
        </div>
      </div>
    </form>
  )
}
