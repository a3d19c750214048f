import type { CSSProperties, ReactNode } from 'react'
import type { NoteRow } from '../../analysis/note-rows'
import { strings } from '../../i18n/strings'

/** A note as a small card in its colour, with its lane (and more, if asked) underneath. */
export function NoteCard(props: { row: NoteRow; showRoom?: boolean; children?: ReactNode }) {
  const { row } = props
  const style = { '--note-fill': row.fill, '--lane-color': row.lane.color } as CSSProperties
  const meta = [
    row.lane.name,
    props.showRoom ? row.room.name : null,
    row.note.author ?? strings.board.anonymous,
  ].filter((part): part is string => Boolean(part))
  return (
    <div className="note-card" style={style}>
      <p className="note-card-text">{row.note.text.trim() || strings.vote.emptyNote}</p>
      <p className="note-card-meta">{meta.join(' · ')}</p>
      {props.children}
    </div>
  )
}
