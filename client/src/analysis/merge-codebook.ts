import { noteKey, type Codebook, type WorkshopExport } from '@weave/shared'

/**
 * The export with the codebook as it is now: themes, codes, and each note's codes from the
 * codings. Codings change while the organiser codes; the export is fetched once per scope, so
 * merging here keeps the page current without downloading the export again.
 */
export function withCodebook(exp: WorkshopExport, codebook: Codebook): WorkshopExport {
  const order = new Map(codebook.codes.map((code, index) => [code.id, index]))
  const codesByNote = new Map<string, string[]>()
  for (const coding of codebook.codings) {
    if (!order.has(coding.codeId)) continue
    const key = noteKey(coding.roomId, coding.noteId)
    const list = codesByNote.get(key)
    if (list) list.push(coding.codeId)
    else codesByNote.set(key, [coding.codeId])
  }
  const sorted = (ids: string[]) =>
    [...new Set(ids)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
  return {
    ...exp,
    codebook: { themes: [...codebook.themes], codes: [...codebook.codes] },
    rooms: exp.rooms.map((room) => ({
      ...room,
      notes: room.notes.map((note) => ({
        ...note,
        codes: sorted(codesByNote.get(noteKey(room.id, note.id)) ?? []),
      })),
    })),
  }
}
