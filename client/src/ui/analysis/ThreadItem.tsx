import type { CSSProperties } from 'react'
import { analysisLanes, type ExportLane, type ExportRoom, type ExportThread } from '@weave/shared'
import { strings } from '../../i18n/strings'
import { laterStrings } from '../../i18n/strings-later'

/** A thread in words: from one note's text to the other's (each in its lane), label and kind. */
export function ThreadItem(props: {
  thread: ExportThread
  room: ExportRoom
  lanes: readonly ExportLane[]
  showRoom?: boolean
}) {
  const { thread, room } = props
  const t = laterStrings.analysis.threads
  const { laneOf } = analysisLanes(props.lanes)
  const end = (noteId: string) => {
    const note = room.notes.find((candidate) => candidate.id === noteId)
    if (!note) return <span className="thread-item-note">{t.missingNote}</span>
    const lane = laneOf(note)
    return (
      <span className="thread-item-note" style={{ '--lane-color': lane.color } as CSSProperties}>
        <span className="thread-item-text">{note.text.trim() || strings.vote.emptyNote}</span>
        <span className="thread-item-lane">{lane.name}</span>
      </span>
    )
  }
  const details = [
    strings.thread.kinds[thread.kind],
    thread.label ? `“${thread.label}”` : null,
    props.showRoom ? room.name : null,
  ].filter((part): part is string => Boolean(part))
  return (
    <div className="thread-item">
      <p className="thread-item-notes">
        {end(thread.from)}
        <span className="thread-item-arrow" aria-hidden="true">
          →
        </span>
        <span className="visually-hidden">{t.to}</span>
        {end(thread.to)}
      </p>
      <p className="thread-item-meta">{details.join(' · ')}</p>
    </div>
  )
}
