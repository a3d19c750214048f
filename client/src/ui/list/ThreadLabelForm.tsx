import { useEffect, useRef, useState, type FormEvent } from 'react'
import { THREAD_KINDS, THREAD_LABEL_MAX_LENGTH, type Thread, type ThreadKind } from '@weave/shared'
import { useSession } from '../../session/session-context'
import { labelFromList } from '../../commands/list-commands'
import { strings } from '../../i18n/strings'
import { Field } from '../Field'
import { InlineForm } from './InlineForm'

const t = strings.list

function isThreadKind(value: string): value is ThreadKind {
  return (THREAD_KINDS as readonly string[]).includes(value)
}

/**
 * Labels a thread from the list: its words and its kind, saved together (the canvas editor saves
 * on every keystroke; here one Save keeps a screen reader's announcements to one).
 */
export function ThreadLabelForm(props: { thread: Thread; onDone: () => void }) {
  const session = useSession()
  const input = useRef<HTMLInputElement>(null)
  const [label, setLabel] = useState(props.thread.label)
  const [kind, setKind] = useState<ThreadKind>(props.thread.kind)
  useEffect(() => input.current?.focus(), [])

  function submit(event: FormEvent): void {
    event.preventDefault()
    labelFromList(session, props.thread.id, label, kind)
    props.onDone()
  }

  return (
    <InlineForm
      label={strings.thread.kindLabel}
      submitLabel={t.save}
      testId="list-thread-label-form"
      submitTestId="list-thread-save"
      onSubmit={submit}
      onCancel={props.onDone}
      before={
        <Field label={t.threadLabel} bare>
          {(control) => (
            <input
              {...control}
              ref={input}
              className="input"
              data-testid="list-thread-label"
              value={label}
              maxLength={THREAD_LABEL_MAX_LENGTH}
              placeholder={strings.thread.labelPlaceholder}
              onChange={(event) => setLabel(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') props.onDone()
              }}
            />
          )}
        </Field>
      }
    >
      {(control) => (
        <select
          {...control}
          className="input"
          data-testid="list-thread-kind"
          value={kind}
          onChange={(event) => {
            const value = event.currentTarget.value
            if (isThreadKind(value)) setKind(value)
          }}
        >
          {THREAD_KINDS.map((option) => (
            <option key={option} value={option}>
              {strings.thread.kinds[option]}
            </option>
          ))}
        </select>
      )}
    </InlineForm>
  )
}
