import { useState } from 'react'
import { useSession } from '../../session/session-context'
import { threadRefusal } from '../../commands/note-policy'
import { removeThread } from '../../commands/thread-commands'
import { shortText } from '../../commands/keyboard-focus'
import { strings } from '../../i18n/strings'
import type { ListLink } from './list-model'
import { ThreadLabelForm } from './ThreadLabelForm'

const t = strings.list

/** "Connected to: “…” in Education", one line per thread, each with a way to remove it. */
export function ThreadLinks(props: { links: readonly ListLink[]; textId: string }) {
  const session = useSession()
  const [labelling, setLabelling] = useState<string | null>(null)
  if (props.links.length === 0) return null
  return (
    <div className="list-threads">
      <p className="list-threads-label">{t.connectedTo}</p>
      <ul className="list-thread-list" data-testid="list-threads">
        {props.links.map((link) => {
          const { thread } = link
          const kind = thread.kind === 'connection' ? null : strings.thread.kinds[thread.kind]
          const extra = [kind, thread.label].filter(Boolean).join(': ')
          const editable = session.canWrite && threadRefusal(session, thread) === null
          return (
            <li key={thread.id} data-testid="list-thread">
              <span>{t.inLane(shortText(link.other), link.otherLane)}</span>
              {extra && <span className="list-thread-kind"> ({extra})</span>}
              {editable && (
                <button
                  type="button"
                  className="button button-ghost button-small"
                  aria-label={t.labelThreadFor(shortText(link.other))}
                  aria-expanded={labelling === thread.id}
                  data-testid="list-thread-label-toggle"
                  onClick={() => setLabelling(labelling === thread.id ? null : thread.id)}
                >
                  {t.labelThread}
                </button>
              )}
              {editable && (
                <button
                  type="button"
                  className="button button-ghost button-small"
                  aria-describedby={props.textId}
                  onClick={() => removeThread(session, thread.id)}
                >
                  {t.cutThread}
                </button>
              )}
              {editable && labelling === thread.id && (
                <ThreadLabelForm thread={thread} onDone={() => setLabelling(null)} />
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
