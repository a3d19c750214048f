import { useEffect, useRef } from 'react'
import type { ExportRoom, ExportThread, WorkshopExport } from '@weave/shared'
import { laterStrings } from '../../../i18n/strings-later'
import { ThreadItem } from '../ThreadItem'
import type { PickedCell } from './MatrixTable'

/** The threads behind a matrix cell, each from one note's text to the other's. */
export function ThreadsBehind(props: {
  exp: WorkshopExport
  picked: PickedCell
  onClose: () => void
}) {
  const t = laterStrings.analysis.matrix
  const heading = useRef<HTMLHeadingElement>(null)
  // Take keyboard and screen reader users to the list they asked for.
  useEffect(() => heading.current?.focus(), [props.picked])
  const found = props.picked.keys.flatMap((key) => {
    const slash = key.indexOf('/')
    const room = props.exp.rooms.find((candidate) => candidate.id === key.slice(0, slash))
    const thread = room?.threads.find((candidate) => candidate.id === key.slice(slash + 1))
    return room && thread ? [{ room, thread }] : []
  }) satisfies { room: ExportRoom; thread: ExportThread }[]
  return (
    <section className="analysis-section" aria-labelledby="threads-behind-heading">
      <div className="analysis-section-header">
        <h2
          id="threads-behind-heading"
          ref={heading}
          tabIndex={-1}
          className="analysis-section-title"
        >
          {t.threadsHeading(props.picked.title, found.length)}
        </h2>
        <button type="button" className="button button-ghost" onClick={props.onClose}>
          {laterStrings.analysis.notesBehind.close}
        </button>
      </div>
      <ul className="card-list card-list-wide" data-testid="threads-behind">
        {found.map(({ room, thread }) => (
          <li key={`${room.id}/${thread.id}`}>
            <ThreadItem
              thread={thread}
              room={room}
              lanes={props.exp.lanes}
              showRoom={props.exp.rooms.length > 1}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
