import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { Lane } from '@weave/shared'
import { useSession } from '../../session/session-context'
import { moveFromList } from '../../commands/list-commands'
import { strings } from '../../i18n/strings'
import { InlineForm } from './InlineForm'
import type { ListNote } from './list-model'

const t = strings.list

/** Moves a note to another lane, chosen in a select. */
export function MoveForm(props: { item: ListNote; lanes: readonly Lane[]; onDone: () => void }) {
  const session = useSession()
  const select = useRef<HTMLSelectElement>(null)
  const others = props.lanes.filter((lane) => lane.id !== props.item.note.laneId)
  const [laneId, setLaneId] = useState(others[0]?.id ?? '')
  useEffect(() => select.current?.focus(), [])

  function submit(event: FormEvent): void {
    event.preventDefault()
    if (laneId && moveFromList(session, props.item.note.id, laneId)) props.onDone()
  }

  return (
    <InlineForm
      label={t.moveLabel}
      submitLabel={t.moveSubmit}
      testId="list-move-form"
      submitTestId="list-move-submit"
      onSubmit={submit}
      onCancel={props.onDone}
    >
      {(control) => (
        <select
          {...control}
          ref={select}
          className="input"
          data-testid="list-move-lane"
          value={laneId}
          onChange={(event) => setLaneId(event.currentTarget.value)}
        >
          {others.map((lane) => (
            <option key={lane.id} value={lane.id}>
              {lane.name}
            </option>
          ))}
        </select>
      )}
    </InlineForm>
  )
}
