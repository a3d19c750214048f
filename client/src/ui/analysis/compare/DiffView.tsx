import type { ReactNode } from 'react'
import {
  isEmptyDiff,
  type ExportLane,
  type ExportNote,
  type ExportRoom,
  type RoomDiff,
} from '@weave/shared'
import type { NoteRow } from '../../../analysis/note-rows'
import { laterStrings } from '../../../i18n/strings-later'
import { NoteCard } from '../NoteCard'
import { ThreadItem } from '../ThreadItem'

const t = laterStrings.analysis.compare

/** Note rows for either side of a comparison. */
export interface DiffRows {
  readonly before: (note: ExportNote) => NoteRow
  readonly after: (note: ExportNote) => NoteRow
}

/** What changed: counts first, then each kind of change with the notes and threads involved. */
export function DiffView(props: {
  diff: RoomDiff
  rowOf: DiffRows
  laneName: (laneId: string) => string
  beforeRoom: ExportRoom
  afterRoom: ExportRoom
  lanes: readonly ExportLane[]
}) {
  const { diff, rowOf, laneName } = props
  const counts = [
    { label: t.counts.added, value: diff.notesAdded.length },
    { label: t.counts.removed, value: diff.notesRemoved.length },
    { label: t.counts.edited, value: diff.notesEdited.length },
    { label: t.counts.moved, value: diff.notesMoved.length },
    { label: t.counts.threadsAdded, value: diff.threadsAdded.length },
    { label: t.counts.threadsRemoved, value: diff.threadsRemoved.length },
    { label: t.counts.unchanged, value: diff.unchanged },
  ]
  return (
    <div className="diff" data-testid="diff">
      <ul className="diff-summary" aria-label={t.summaryLabel}>
        {counts.map((count) => (
          <li key={count.label} className={count.value > 0 ? 'diff-count' : 'diff-count diff-zero'}>
            <span className="diff-count-value">{count.value}</span>
            <span className="diff-count-label">{count.label}</span>
          </li>
        ))}
      </ul>
      {isEmptyDiff(diff) && <p className="analysis-empty">{t.nothing}</p>}
      <DiffSection title={t.sections.added} count={diff.notesAdded.length}>
        {diff.notesAdded.map((note) => (
          <li key={note.id}>
            <NoteCard row={rowOf.after(note)} />
          </li>
        ))}
      </DiffSection>
      <DiffSection title={t.sections.removed} count={diff.notesRemoved.length}>
        {diff.notesRemoved.map((note) => (
          <li key={note.id}>
            <NoteCard row={rowOf.before(note)} />
          </li>
        ))}
      </DiffSection>
      <DiffSection title={t.sections.edited} count={diff.notesEdited.length} wide>
        {diff.notesEdited.map(({ before, after }) => (
          <li key={after.id} className="diff-pair">
            <NoteCard row={rowOf.before(before)} />
            <span className="diff-arrow" aria-hidden="true">
              →
            </span>
            <span className="visually-hidden">{t.became}</span>
            <NoteCard row={rowOf.after(after)} />
          </li>
        ))}
      </DiffSection>
      <DiffSection title={t.sections.moved} count={diff.notesMoved.length}>
        {diff.notesMoved.map(({ note, fromLaneId, toLaneId }) => (
          <li key={note.id}>
            <NoteCard row={rowOf.after(note)}>
              <p className="diff-move">{t.movedFromTo(laneName(fromLaneId), laneName(toLaneId))}</p>
            </NoteCard>
          </li>
        ))}
      </DiffSection>
      <DiffSection title={t.sections.threadsAdded} count={diff.threadsAdded.length} wide>
        {diff.threadsAdded.map((thread) => (
          <li key={thread.id}>
            <ThreadItem thread={thread} room={props.afterRoom} lanes={props.lanes} />
          </li>
        ))}
      </DiffSection>
      <DiffSection title={t.sections.threadsRemoved} count={diff.threadsRemoved.length} wide>
        {diff.threadsRemoved.map((thread) => (
          <li key={thread.id}>
            <ThreadItem thread={thread} room={props.beforeRoom} lanes={props.lanes} />
          </li>
        ))}
      </DiffSection>
    </div>
  )
}

function DiffSection(props: { title: string; count: number; wide?: boolean; children: ReactNode }) {
  if (props.count === 0) return null
  return (
    <section className="diff-section">
      <h3 className="diff-heading">
        {props.title} <span className="panel-count">({props.count})</span>
      </h3>
      <ul className={props.wide ? 'card-list card-list-wide' : 'card-list'}>{props.children}</ul>
    </section>
  )
}
