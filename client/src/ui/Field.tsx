import { useId, type ReactNode } from 'react'

/** What a field hands its control to spread: the id its label names, and the aria wiring. */
export interface FieldControl {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: boolean
}

/**
 * A labelled form control with an optional hint and error below it. The control (an input, a
 * select, a textarea, or a row holding one) is rendered by `children` with the props to spread on
 * it, so the label, hint and error always point at it. The hint's and error's ids are the
 * control's id with `-hint` and `-error`.
 */
export function Field(props: {
  label: ReactNode
  /** The control's id; generated when not given. */
  id?: string
  hint?: ReactNode
  /** Announces the hint when it changes (feedback typed or clicked for). */
  hintLive?: boolean
  /** Shown when set, and marks the control invalid; null marks it valid. */
  error?: string | null
  /** Marks the control invalid when the error is shown elsewhere (the form's own message). */
  invalid?: boolean
  /** Ids of text outside the field that also describes the control, read before the hint. */
  describedBy?: string
  /** Classes added to the field's wrapper. */
  className?: string
  labelClassName?: string
  /** No wrapper: the label, control and hint sit straight in the parent, which lays them out. */
  bare?: boolean
  children: (control: FieldControl) => ReactNode
}) {
  const generatedId = useId()
  const id = props.id ?? generatedId
  const hintId = props.hint === undefined ? undefined : `${id}-hint`
  const errorId = props.error ? `${id}-error` : undefined
  const describedBy = [props.describedBy, hintId, errorId].filter(Boolean).join(' ')
  const invalid = props.invalid ?? (props.error === undefined ? undefined : Boolean(props.error))
  const control: FieldControl = { id }
  if (describedBy) control['aria-describedby'] = describedBy
  if (invalid !== undefined) control['aria-invalid'] = invalid

  const parts = (
    <>
      <label className={props.labelClassName ?? 'field-label'} htmlFor={id}>
        {props.label}
      </label>
      {props.children(control)}
      {hintId && (
        <p id={hintId} className="field-hint" aria-live={props.hintLive ? 'polite' : undefined}>
          {props.hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="form-error" role="alert">
          {props.error}
        </p>
      )}
    </>
  )
  if (props.bare) return parts
  return <div className={props.className ? `field ${props.className}` : 'field'}>{parts}</div>
}
