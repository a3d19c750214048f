import type { NoteRow } from './note-rows'

/** Which notes the coding list shows. */
export interface NoteFilter {
  readonly text: string
  /** A lane id, or '' for every lane. */
  readonly laneId: string
  /** A room id, or '' for every room. */
  readonly roomId: string
  /** A code id, ANY_CODE, CODED or UNCODED. */
  readonly code: string
}

/** Filter values that are not code ids ("~" never starts an id). */
export const ANY_CODE = ''
export const CODED = '~coded'
export const UNCODED = '~uncoded'

/** Shows every note. */
export const NO_FILTER: NoteFilter = { text: '', laneId: '', roomId: '', code: ANY_CODE }

/** The rows a filter lets through (text matches note text or author, ignoring case). */
export function filterRows(rows: readonly NoteRow[], filter: NoteFilter): NoteRow[] {
  const needle = filter.text.trim().toLocaleLowerCase()
  return rows.filter(({ note, lane, room }) => {
    if (filter.laneId && lane.id !== filter.laneId) return false
    if (filter.roomId && room.id !== filter.roomId) return false
    if (filter.code === CODED && note.codes.length === 0) return false
    if (filter.code === UNCODED && note.codes.length > 0) return false
    if (filter.code && !filter.code.startsWith('~') && !note.codes.includes(filter.code)) {
      return false
    }
    if (!needle) return true
    return (
      note.text.toLocaleLowerCase().includes(needle) ||
      (note.author ?? '').toLocaleLowerCase().includes(needle)
    )
  })
}
