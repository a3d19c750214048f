import { readingOrder, type Lane, type Note, type RoundSummary, type Thread } from '@weave/shared'

/** A thread as one of its notes sees it: the note at the other end. */
export interface ListLink {
  readonly thread: Thread
  readonly other: Note
  readonly otherLane: string
}

/** One note of the list, with what the list says about it. */
export interface ListNote {
  readonly note: Note
  readonly laneName: string
  readonly roundTitle: string | null
  readonly links: readonly ListLink[]
}

/** One lane of the list (or the "Unsorted" group of notes whose lane was removed). */
export interface ListLane {
  /** null for the unsorted group. */
  readonly lane: Lane | null
  readonly name: string
  readonly notes: readonly ListNote[]
}

/**
 * The board as the list view reads it: lanes in order, each with its notes in reading order,
 * every note with its round and the notes its threads lead to.
 */
export function buildListModel(
  notes: readonly Note[],
  lanes: readonly Lane[],
  threads: readonly Thread[],
  rounds: readonly RoundSummary[],
  unsortedName: string,
): ListLane[] {
  const laneName = new Map(lanes.map((lane) => [lane.id, lane.name]))
  const nameOf = (note: Note) => laneName.get(note.laneId) ?? unsortedName
  const byId = new Map(notes.map((note) => [note.id, note]))
  const roundTitle = new Map(rounds.map((round) => [round.id, round.title || round.prompt]))
  const links = new Map<string, ListLink[]>()
  for (const thread of threads) {
    const from = byId.get(thread.from)
    const to = byId.get(thread.to)
    if (!from || !to) continue
    for (const [here, other] of [
      [from, to],
      [to, from],
    ] as const) {
      const list = links.get(here.id) ?? []
      list.push({ thread, other, otherLane: nameOf(other) })
      links.set(here.id, list)
    }
  }
  const items = readingOrder(notes, lanes).map((note): ListNote => ({
    note,
    laneName: nameOf(note),
    roundTitle: note.roundId ? (roundTitle.get(note.roundId) ?? null) : null,
    links: links.get(note.id) ?? [],
  }))
  const result: ListLane[] = lanes.map((lane) => ({
    lane,
    name: lane.name,
    notes: items.filter((item) => item.note.laneId === lane.id),
  }))
  const unsorted = items.filter((item) => !laneName.has(item.note.laneId))
  if (unsorted.length > 0) result.push({ lane: null, name: unsortedName, notes: unsorted })
  return result
}
