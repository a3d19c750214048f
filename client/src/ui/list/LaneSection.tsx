import { memo, useEffect, useId, useRef, useState } from 'react'
import type { Lane, MyDots, Vote } from '@weave/shared'
import { useSession } from '../../session/session-context'
import { postFromList } from '../../commands/list-commands'
import { createRefusal } from '../../commands/note-policy'
import { Icon } from '../icons'
import { strings } from '../../i18n/strings'
import type { ListLane } from './list-model'
import { ListNoteItem } from './ListNoteItem'
import { NoteForm } from './NoteForm'

const t = strings.list

/** One lane of the list: its name as a heading, its notes, and a way to add one. */
export const LaneSection = memo(function LaneSection(props: {
  group: ListLane
  lanes: readonly Lane[]
  vote: Vote | null
  myDots: MyDots | null
}) {
  const { group, lanes, vote, myDots } = props
  const session = useSession()
  const id = useId()
  const [adding, setAdding] = useState(false)
  const addButton = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)
  useEffect(() => {
    // The form closed: focus goes back to the button that opened it.
    if (!adding && returnFocus.current) addButton.current?.focus()
    returnFocus.current = false
  }, [adding])
  function close(): void {
    returnFocus.current = true
    setAdding(false)
  }
  const lane = group.lane
  const canAdd = lane !== null && session.canWrite && createRefusal(session, lane.id) === null
  return (
    <section
      className="list-lane"
      aria-labelledby={`${id}-heading`}
      data-testid="list-lane"
      data-lane-id={lane?.id ?? ''}
      style={lane ? { borderTopColor: lane.color } : undefined}
    >
      <div className="list-lane-header">
        <h2 id={`${id}-heading`} className="list-lane-heading" tabIndex={-1}>
          {t.laneHeading(group.name, group.notes.length)}
        </h2>
        {lane?.locked && (
          <span className="list-lane-locked">
            <Icon name="lock" size={16} />
            {t.laneLocked}
          </span>
        )}
      </div>
      {group.notes.length === 0 ? (
        <p className="panel-hint">{t.laneEmpty}</p>
      ) : (
        <ul className="list-notes">
          {group.notes.map((item) => (
            <ListNoteItem
              key={item.note.id}
              item={item}
              lanes={lanes}
              vote={vote}
              myDots={myDots}
            />
          ))}
        </ul>
      )}
      {canAdd &&
        lane &&
        (adding ? (
          <NoteForm
            label={t.addHere(lane.name)}
            submitLabel={t.post}
            autoFocus
            onCancel={close}
            onSubmit={async (text) => {
              const done = await postFromList(session, lane.id, text)
              if (done) close()
              return done
            }}
          />
        ) : (
          <button
            ref={addButton}
            type="button"
            className="button button-secondary list-add"
            data-testid="list-add-note"
            onClick={() => setAdding(true)}
          >
            <Icon name="plus" />
            {t.addHere(lane.name)}
          </button>
        ))}
    </section>
  )
})
