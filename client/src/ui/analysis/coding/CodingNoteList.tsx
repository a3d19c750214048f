import { memo, type CSSProperties } from 'react'
import type { Codebook } from '@weave/shared'
import type { NoteRow } from '../../../analysis/note-rows'
import { strings } from '../../../i18n/strings'
import { laterStrings } from '../../../i18n/strings-later'
import { CodeChips } from './CodeChips'

const t = laterStrings.analysis.coding

/** The notes to code: a checkbox per note, named by its text, with where it came from. */
export function CodingNoteList(props: {
  rows: readonly NoteRow[]
  codebook: Codebook
  selected: ReadonlySet<string>
  showRoom: boolean
  onToggle: (key: string, on: boolean) => void
}) {
  if (props.rows.length === 0) return <p className="analysis-empty">{t.noNotes}</p>
  return (
    <ul className="coding-note-list" aria-label={t.notesHeading} data-testid="coding-notes">
      {props.rows.map((row) => (
        <CodingNote
          key={row.key}
          row={row}
          codebook={props.codebook}
          checked={props.selected.has(row.key)}
          showRoom={props.showRoom}
          onToggle={props.onToggle}
        />
      ))}
    </ul>
  )
}

const CodingNote = memo(function CodingNote(props: {
  row: NoteRow
  codebook: Codebook
  checked: boolean
  showRoom: boolean
  onToggle: (key: string, on: boolean) => void
}) {
  const { row } = props
  const id = `note-${row.key.replace(/[^a-z0-9]/gi, '-')}`
  const meta = [
    props.showRoom ? row.room.name : null,
    t.lane(row.lane.name),
    row.sectorName ? t.sector(row.sectorName) : null,
    row.roundTitle ? t.round(row.roundTitle) : null,
    row.note.author ?? strings.board.anonymous,
  ].filter((part): part is string => Boolean(part))
  const style = { '--note-fill': row.fill, '--lane-color': row.lane.color } as CSSProperties
  return (
    <li className={props.checked ? 'coding-note coding-note-selected' : 'coding-note'}>
      <label className="coding-note-label" style={style}>
        <input
          type="checkbox"
          checked={props.checked}
          aria-labelledby={`${id}-text`}
          aria-describedby={`${id}-meta`}
          data-note-key={row.key}
          onChange={(event) => props.onToggle(row.key, event.currentTarget.checked)}
        />
        <span className="coding-note-body">
          <span id={`${id}-text`} className="coding-note-text">
            {row.note.text.trim() || strings.vote.emptyNote}
          </span>
          <span id={`${id}-meta`} className="coding-note-meta">
            {meta.join(' · ')}
          </span>
          <CodeChips codeIds={row.note.codes} codebook={props.codebook} />
        </span>
      </label>
    </li>
  )
})
