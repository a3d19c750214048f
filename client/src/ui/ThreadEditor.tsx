import { useEffect, useId, useRef } from 'react'
import { THREAD_KINDS, THREAD_LABEL_MAX_LENGTH, type ThreadKind } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useSelection } from '../hooks/use-selection'
import { useThreads } from '../hooks/use-threads'
import { useAbilities } from '../hooks/use-role'
import { relabel, removeThread } from '../commands/thread-commands'
import { select } from '../commands/selection-commands'
import { focusBoardCanvas } from '../canvas/board-focus'
import { focusNote } from '../commands/keyboard-focus'
import { Field } from './Field'
import { Icon } from './icons'
import { strings } from '../i18n/strings'

function isThreadKind(value: string): value is ThreadKind {
  return (THREAD_KINDS as readonly string[]).includes(value)
}

/**
 * Edits the selected thread: its label, its kind, or deletes it. Shown in the side panel when it
 * is open (so it never covers the board), otherwise floating at the bottom of the board.
 */
export function ThreadEditor(props: { floating: boolean }) {
  const session = useSession()
  const selection = useSelection()
  const threads = useThreads()
  const { canWrite } = useAbilities()
  const id = useId()
  const labelInput = useRef<HTMLInputElement>(null)
  const thread =
    selection?.kind === 'thread' ? threads.find((item) => item.id === selection.id) : undefined
  const returnTo = selection?.kind === 'thread' ? selection.returnTo : undefined
  const shown = thread !== undefined && canWrite
  // Chosen with the T key: the keyboard goes to the label, and back to the board when done.
  useEffect(() => {
    if (shown && returnTo) labelInput.current?.focus()
  }, [shown, returnTo, selection])
  const close = () => {
    if (!returnTo) return select(session, null)
    focusNote(session, returnTo)
    focusBoardCanvas()
  }
  if (!thread || !canWrite) return null

  return (
    <section
      className={
        props.floating ? 'thread-editor thread-editor-floating' : 'thread-editor panel-section'
      }
      aria-labelledby={`${id}-heading`}
    >
      <div className="thread-editor-header">
        <h2 id={`${id}-heading`} className="thread-editor-title">
          {strings.thread.heading}
        </h2>
        <button
          type="button"
          className="button button-icon"
          aria-label={strings.thread.close}
          title={strings.thread.close}
          onClick={close}
        >
          <Icon name="close" />
        </button>
      </div>
      <Field label={strings.thread.labelLabel} bare>
        {(control) => (
          <input
            {...control}
            ref={labelInput}
            className="input"
            data-testid="thread-label"
            value={thread.label}
            maxLength={THREAD_LABEL_MAX_LENGTH}
            placeholder={strings.thread.labelPlaceholder}
            onChange={(event) => relabel(session, thread.id, event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' || event.key === 'Enter') close()
            }}
          />
        )}
      </Field>
      <Field label={strings.thread.kindLabel} bare>
        {(control) => (
          <select
            {...control}
            className="input"
            data-testid="thread-kind"
            value={thread.kind}
            onChange={(event) => {
              const kind = event.currentTarget.value
              if (isThreadKind(kind)) relabel(session, thread.id, thread.label, kind)
            }}
          >
            {THREAD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {strings.thread.kinds[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button
        type="button"
        className="button button-danger-solid"
        data-testid="thread-delete"
        onClick={() => {
          removeThread(session, thread.id)
          if (returnTo) close()
        }}
      >
        <Icon name="trash" />
        {strings.thread.delete}
      </button>
    </section>
  )
}
