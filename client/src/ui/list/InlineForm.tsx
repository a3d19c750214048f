import type { FormEvent, ReactNode } from 'react'
import { strings } from '../../i18n/strings'
import { Field, type FieldControl } from '../Field'

/**
 * A small form opened on a list item (move, connect, label): its last field shares a row with
 * the submit and Cancel buttons; `before` holds any fields above it.
 */
export function InlineForm(props: {
  label: string
  submitLabel: string
  testId: string
  submitTestId: string
  onSubmit: (event: FormEvent) => void
  onCancel: () => void
  before?: ReactNode
  children: (control: FieldControl) => ReactNode
}) {
  return (
    <form className="list-inline-form" onSubmit={props.onSubmit} data-testid={props.testId}>
      {props.before}
      <Field label={props.label} bare>
        {(control) => (
          <div className="list-inline-row">
            {props.children(control)}
            <button
              type="submit"
              className="button button-primary"
              data-testid={props.submitTestId}
            >
              {props.submitLabel}
            </button>
            <button type="button" className="button button-secondary" onClick={props.onCancel}>
              {strings.list.cancel}
            </button>
          </div>
        )}
      </Field>
    </form>
  )
}
