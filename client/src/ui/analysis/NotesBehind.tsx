import { useEffect, useMemo, useRef } from 'react'
import type { WorkshopExport } from '@weave/shared'
import { noteRowIndex } from '../../analysis/note-rows'
import { laterStrings } from '../../i18n/strings-later'
import { NoteCard } from './NoteCard'

/** A count someone clicked: what it counts, and the notes behind it. */
export interface PickedNotes {
  readonly title: string
  readonly keys: readonly string[]
}

/** The notes behind a count, so every number can be traced back to what people wrote. */
export function NotesBehind(props: {
  exp: WorkshopExport
  picked: PickedNotes
  onClose: () => void
}) {
  const t = laterStrings.analysis.notesBehind
  const heading = useRef<HTMLHeadingElement>(null)
  // Take keyboard and screen reader users to the notes they asked for.
  useEffect(() => heading.current?.focus(), [props.picked])
  const index = useMemo(() => noteRowIndex(props.exp), [props.exp])
  const rows = props.picked.keys.flatMap((key) => {
    const row = index.get(key)
    return row ? [row] : []
  })
  return (
    <section className="analysis-section notes-behind" aria-labelledby="notes-behind-heading">
      <div className="analysis-section-header">
        <h2
          id="notes-behind-heading"
          ref={heading}
          tabIndex={-1}
          className="analysis-section-title"
        >
          {t.heading(props.picked.title, rows.length)}
        </h2>
        <button type="button" className="button button-ghost" onClick={props.onClose}>
          {t.close}
        </button>
      </div>
      <ul className="card-list" data-testid="notes-behind">
        {rows.map((row) => (
          <li key={row.key}>
            <NoteCard row={row} showRoom={props.exp.rooms.length > 1} />
          </li>
        ))}
      </ul>
    </section>
  )
}
