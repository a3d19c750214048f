import {
  analysisLanes,
  findSector,
  noteColorForSector,
  noteKey,
  type AnalysisLane,
  type ExportNote,
  type ExportRoom,
  type WorkshopExport,
} from '@weave/shared'

/** A note of an export with everything a list of notes shows beside its text. */
export interface NoteRow {
  readonly key: string
  readonly room: ExportRoom
  readonly note: ExportNote
  readonly lane: AnalysisLane
  /** The card fill: the note's colour, or its author's sector colour. */
  readonly fill: string
  readonly sectorName: string | null
  readonly roundTitle: string | null
}

/** How a note row is described next to its lane, given what the export knows. */
export function noteRowOf(
  exp: WorkshopExport,
  laneOf: (note: Pick<ExportNote, 'laneId'>) => AnalysisLane,
  room: ExportRoom,
  note: ExportNote,
): NoteRow {
  const round = note.roundId ? exp.rounds.find((candidate) => candidate.id === note.roundId) : null
  return {
    key: noteKey(room.id, note.id),
    room,
    note,
    lane: laneOf(note),
    fill: note.color ?? noteColorForSector(note.authorSector),
    sectorName: findSector(note.authorSector)?.name ?? note.authorSector,
    roundTitle: round ? round.title || round.prompt : null,
  }
}

/** Every note of the export, room by room (rooms in order), in lane order, then top to bottom. */
export function noteRows(exp: WorkshopExport): NoteRow[] {
  const { known, laneOf } = analysisLanes(exp.lanes)
  const laneIndex = new Map(known.map((lane, index) => [lane.id, index]))
  const rooms = [...exp.rooms].sort((a, b) => a.position - b.position)
  return rooms.flatMap((room) =>
    [...room.notes]
      .sort(
        (a, b) =>
          (laneIndex.get(a.laneId) ?? known.length) - (laneIndex.get(b.laneId) ?? known.length) ||
          a.y - b.y ||
          a.x - b.x,
      )
      .map((note) => noteRowOf(exp, laneOf, room, note)),
  )
}

/** The note rows of an export by key. */
export function noteRowIndex(exp: WorkshopExport): Map<string, NoteRow> {
  return new Map(noteRows(exp).map((row) => [row.key, row]))
}
