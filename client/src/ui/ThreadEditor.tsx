import { useId } from 'react'
import { THREAD_KINDS, THREAD_LABEL_MAX_LENGTH, type ThreadKind } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useSelection } from '../hooks/use-selection'
import { useThreads } from '../hooks/use-threads'
import { useAbilities } from '../hooks/use-role'
import { relabel, removeThread } from '../commands/thread-commands'
import { select } from '../commands/selection-commands'
import { Icon } from './icons'
import { strings } from './strings'

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
  const thread =
    selection?.kind === 'thread' ? threads.find((item) => item.id === selection.id) : undefined
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
          onClick={() => select(session, null)}
        >
          <Icon name="close" />
        </button>
      </div>
      <label className="field-label" htmlFor={`${id}-label`}>
        {strings.thread.labelLabel}
      </label>
      <input
        id={`${id}-label`}
        className="input"
        data-testid="thread-label"
        value={thread.label}
        maxLength={THREAD_LABEL_MAX_LENGTH}
        placeholder={strings.thread.labelPlaceholder}
        onChange={(event) => relabel(session, thread.id, event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' || event.key === 'Enter') select(session, null)
        }}
      />
      <label className="field-label" htmlFor={`${id}-kind`}>
        {strings.thread.kindLabel}
      </label>
      <select
        id={`${id}-kind`}
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
      <button
        type="button"
        className="button button-danger-solid"
        data-testid="thread-delete"
        onClick={() => removeThread(session, thread.id)}
      >
        <Icon name="trash" />
        {strings.thread.delete}
      </button>
    </section>
  )
}
