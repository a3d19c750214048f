import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { THREAD_KINDS, THREAD_LABEL_MAX_LENGTH, type Thread, type ThreadKind } from '@weave/shared'
import { useSession } from '../../session/session-context'
import { labelFromList } from '../../commands/list-commands'
import { strings } from '../../i18n/strings'

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
  const id = useId()
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
    <form className="list-inline-form" onSubmit={submit} data-testid="list-thread-label-form">
      <label className="field-label" htmlFor={`${id}-label`}>
        {t.threadLabel}
      </label>
      <input
        ref={input}
        id={`${id}-label`}
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
      <label className="field-label" htmlFor={`${id}-kind`}>
        {strings.thread.kindLabel}
      </label>
      <div className="list-inline-row">
        <select
          id={`${id}-kind`}
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
        <button type="submit" className="button button-primary" data-testid="list-thread-save">
          {t.save}
        </button>
        <button type="button" className="button button-secondary" onClick={props.onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  )
}
