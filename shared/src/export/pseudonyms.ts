import type { Note } from '../model/records.js'

/** The label de-identified exports give the participant numbered `n` (from 1). */
export function pseudonym(n: number): string {
  return `Participant ${n}`
}

/**
 * Pseudonyms for a de-identified export: "Participant 1", "Participant 2"... in the order people
 * joined (createdAt, then id), then any other author ids (e.g. of people no longer listed) in the
 * order given. Join order makes the numbering stable: someone joining later never renumbers those
 * before them, so every room and snapshot of one workshop uses the same pseudonyms.
 * The mapping itself must never be put in an export.
 */
export function pseudonymsFor(
  participants: ReadonlyArray<{ id: string; createdAt: number }>,
  otherAuthorIds: Iterable<string>,
): Map<string, string> {
  const byJoinOrder = [...participants].sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  const names = new Map<string, string>()
  const assign = (id: string): void => {
    if (!names.has(id)) names.set(id, pseudonym(names.size + 1))
  }
  for (const participant of byJoinOrder) assign(participant.id)
  for (const id of otherAuthorIds) assign(id)
  return names
}

/** How an export shows people: as named, or by pseudonym. Anonymous stays anonymous in both. */
export interface ExportNames {
  /** A note's author and author key; both null for an anonymous note. */
  author(note: Note): { author: string | null; authorKey: string | null }
  /** A participant's name (e.g. who took a snapshot); null when unknown or anonymous. */
  participantName(participantId: string | null): string | null
}

/**
 * The naming rules of one export. Identified: the note's author name and id. De-identified: the
 * author's pseudonym for both, from pseudonymsFor over every participant (so numbering does not
 * depend on the scope) and then the authors of `notes` who are not participants.
 */
export function exportNames(options: {
  deidentified: boolean
  participants: ReadonlyArray<{ id: string; displayName: string | null; createdAt: number }>
  notes: readonly Note[]
}): ExportNames {
  const names = new Map(options.participants.map((p) => [p.id, p.displayName]))
  const identifiedName = (id: string | null): string | null =>
    id === null ? null : (names.get(id) ?? null)
  if (!options.deidentified) {
    return {
      author: (note) =>
        note.authorName === null
          ? { author: null, authorKey: null }
          : { author: note.authorName, authorKey: note.authorId },
      participantName: identifiedName,
    }
  }
  const authorIds = options.notes.flatMap((note) =>
    note.authorName !== null && note.authorId !== null ? [note.authorId] : [],
  )
  const pseudonyms = pseudonymsFor(options.participants, authorIds)
  const pseudonymOf = (id: string | null): string | null =>
    id === null ? null : (pseudonyms.get(id) ?? null)
  return {
    author: (note) => {
      // Without an author id there is no key to pseudonymise by, so the name goes too.
      const name = note.authorName === null ? null : pseudonymOf(note.authorId)
      return { author: name, authorKey: name }
    },
    // Only names identified mode would show become pseudonyms: anonymous takers stay anonymous.
    participantName: (id) => (identifiedName(id) === null ? null : pseudonymOf(id)),
  }
}
