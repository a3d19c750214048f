import type { ExportNote, ExportRoom, ExportThread } from '../export/format.js'

/** What changed on a room's board between two captures (two snapshots, or a snapshot and now). */
export interface RoomDiff {
  readonly notesAdded: ExportNote[]
  readonly notesRemoved: ExportNote[]
  /** Notes whose text changed. */
  readonly notesEdited: Array<{ before: ExportNote; after: ExportNote }>
  /** Notes now in another lane (`note` as it is after); a note can be both edited and moved. */
  readonly notesMoved: Array<{ note: ExportNote; fromLaneId: string; toLaneId: string }>
  readonly threadsAdded: ExportThread[]
  readonly threadsRemoved: ExportThread[]
  /** Notes in both with the same text and lane (moving within a lane is not a change). */
  readonly unchanged: number
}

/** The changes from `before` to `after`, matching notes and threads by id. */
export function diffRooms(before: ExportRoom, after: ExportRoom): RoomDiff {
  const beforeNotes = new Map(before.notes.map((note) => [note.id, note]))
  const afterNoteIds = new Set(after.notes.map((note) => note.id))
  const diff: RoomDiff = {
    notesAdded: after.notes.filter((note) => !beforeNotes.has(note.id)),
    notesRemoved: before.notes.filter((note) => !afterNoteIds.has(note.id)),
    notesEdited: [],
    notesMoved: [],
    threadsAdded: missingFrom(after.threads, before.threads),
    threadsRemoved: missingFrom(before.threads, after.threads),
    unchanged: 0,
  }
  let unchanged = 0
  for (const note of after.notes) {
    const old = beforeNotes.get(note.id)
    if (!old) continue
    const edited = old.text !== note.text
    const moved = old.laneId !== note.laneId
    if (edited) diff.notesEdited.push({ before: old, after: note })
    if (moved) diff.notesMoved.push({ note, fromLaneId: old.laneId, toLaneId: note.laneId })
    if (!edited && !moved) unchanged += 1
  }
  return { ...diff, unchanged }
}

/** True when nothing was added, removed, edited or moved. */
export function isEmptyDiff(diff: RoomDiff): boolean {
  return (
    diff.notesAdded.length === 0 &&
    diff.notesRemoved.length === 0 &&
    diff.notesEdited.length === 0 &&
    diff.notesMoved.length === 0 &&
    diff.threadsAdded.length === 0 &&
    diff.threadsRemoved.length === 0
  )
}

function missingFrom(threads: readonly ExportThread[], other: readonly ExportThread[]) {
  const ids = new Set(other.map((thread) => thread.id))
  return threads.filter((thread) => !ids.has(thread.id))
}
