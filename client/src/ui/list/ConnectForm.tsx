import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { readingOrder } from '@weave/shared'
import { useSession } from '../../session/session-context'
import { useLanes } from '../../hooks/use-lanes'
import { useVisibleNotes } from '../../hooks/use-visible-notes'
import { connectFromList } from '../../commands/list-commands'
import { shortText } from '../../commands/keyboard-focus'
import { strings } from '../../i18n/strings'
import { InlineForm } from './InlineForm'
import type { ListNote } from './list-model'

const t = strings.list

/** Connects a note to another one, chosen in a select grouped by lane. */
export function ConnectForm(props: { item: ListNote; onDone: () => void }) {
  const session = useSession()
  const notes = useVisibleNotes()
  const lanes = useLanes()
  const select = useRef<HTMLSelectElement>(null)
  const { note } = props.item
  const groups = useMemo(() => {
    const others = readingOrder(
      notes.filter((other) => other.id !== note.id && !session.drafts.has(other.id)),
      lanes,
    )
    return lanes
      .map((lane) => ({ lane, notes: others.filter((other) => other.laneId === lane.id) }))
      .filter((group) => group.notes.length > 0)
  }, [notes, lanes, note.id, session])
  const first = groups[0]?.notes[0]?.id ?? ''
  const [targetId, setTargetId] = useState('')
  const chosen = targetId || first
  useEffect(() => select.current?.focus(), [])

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (chosen && (await connectFromList(session, note.id, chosen))) props.onDone()
  }

  if (groups.length === 0) return <p className="panel-hint">{t.connectNone}</p>
  return (
    <InlineForm
      label={t.connectLabel}
      submitLabel={t.connectSubmit}
      testId="list-connect-form"
      submitTestId="list-connect-submit"
      onSubmit={(event) => void submit(event)}
      onCancel={props.onDone}
    >
      {(control) => (
        <select
          {...control}
          ref={select}
          className="input"
          data-testid="list-connect-note"
          value={chosen}
          onChange={(event) => setTargetId(event.currentTarget.value)}
        >
          {groups.map((group) => (
            <optgroup key={group.lane.id} label={group.lane.name}>
              {group.notes.map((other) => (
                <option key={other.id} value={other.id}>
                  {shortText(other)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </InlineForm>
  )
}
