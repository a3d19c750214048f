import { describe, expect, it } from 'vitest'
import {
  buildExport,
  notesCsv,
  pseudonymsFor,
  threadsCsv,
  workshopExportSchema,
  type ExportNote,
  type Note,
  type WorkshopExport,
} from '../src/index.js'
import {
  BREAKOUT_ID,
  PARTICIPANTS,
  PLENARY_ID,
  SEEDED_NAMES,
  sampleBoard,
  sampleExportInput,
} from './fixtures/sample-board.js'

function exportText(exp: WorkshopExport): string {
  return `${JSON.stringify(exp, null, 2)}\n`
}

function noteOf(exp: WorkshopExport, roomId: string, noteId: string): ExportNote {
  const note = exp.rooms.find((room) => room.id === roomId)?.notes.find((n) => n.id === noteId)
  if (!note) throw new Error(`no note ${roomId}/${noteId} in the export`)
  return note
}

const board = sampleBoard()
const identified = buildExport(sampleExportInput(board, { deidentified: false }))
const deidentified = buildExport(sampleExportInput(board, { deidentified: true }))

describe('buildExport', () => {
  it('matches the golden files (JSON, notes.csv, threads.csv, de-identified JSON)', async () => {
    expect(workshopExportSchema.safeParse(identified).success).toBe(true)
    expect(workshopExportSchema.safeParse(deidentified).success).toBe(true)
    await expect(exportText(identified)).toMatchFileSnapshot('./golden/export.json')
    await expect(notesCsv(identified)).toMatchFileSnapshot('./golden/notes.csv')
    await expect(threadsCsv(identified)).toMatchFileSnapshot('./golden/threads.csv')
    await expect(exportText(deidentified)).toMatchFileSnapshot('./golden/export-deidentified.json')
  })

  it('is deterministic: the same board in any input order gives the same export', () => {
    const input = sampleExportInput(sampleBoard(), { deidentified: true })
    const shuffled = {
      ...input,
      lanes: [...input.lanes].reverse(),
      rounds: [...input.rounds].reverse(),
      participants: [...input.participants].reverse(),
      rooms: [...input.rooms].reverse().map((room) => ({
        ...room,
        notes: [...room.notes].reverse(),
        threads: [...room.threads].reverse(),
      })),
    }
    expect(buildExport(shuffled)).toEqual(deidentified)
    expect(identified.rooms.map((room) => room.id)).toEqual([PLENARY_ID, BREAKOUT_ID])
    expect(identified.lanes.map((lane) => [lane.id, lane.order])).toEqual([
      ['health', 0],
      ['education', 1],
      ['child-care', 2],
      ['community', 3],
    ])
  })

  it('[EXP-D1][EXP-D3] puts no name or participant id in a de-identified export; keeps sectors', () => {
    const texts = [exportText(deidentified), notesCsv(deidentified), threadsCsv(deidentified)]
    for (const text of texts) {
      for (const name of SEEDED_NAMES) expect(text).not.toContain(name)
      for (const participant of PARTICIPANTS) expect(text).not.toContain(participant.id)
    }
    expect(noteOf(deidentified, PLENARY_ID, 'note04').authorSector).toBe('child-care')
  })

  it('[EXP-D4] never gives an anonymous note an author or author key, in either mode', () => {
    for (const exp of [identified, deidentified]) {
      expect(noteOf(exp, PLENARY_ID, 'note05')).toMatchObject({ author: null, authorKey: null })
      expect(exportText(exp)).not.toContain('ppl-eli')
      expect(notesCsv(exp)).not.toContain('ppl-eli')
    }
  })

  it('[EXP-D1] names authors (identified) or numbers them in join order (de-identified)', () => {
    expect(noteOf(identified, PLENARY_ID, 'note01')).toMatchObject({
      author: 'Ana Okafor',
      authorKey: 'ppl-ana',
    })
    const byNote = (noteId: string, roomId = PLENARY_ID): string | null =>
      noteOf(deidentified, roomId, noteId).author
    expect([byNote('note01'), byNote('note02'), byNote('note03'), byNote('note04')]).toEqual([
      'Participant 1',
      'Participant 2',
      'Participant 3',
      'Participant 4',
    ])
    expect(noteOf(deidentified, PLENARY_ID, 'note01').authorKey).toBe('Participant 1')
  })

  it('[EXP-D2] keeps pseudonyms stable across rooms and in a snapshot export', () => {
    expect(noteOf(deidentified, BREAKOUT_ID, 'note10').author).toBe('Participant 1')
    const snapshotScope = { kind: 'snapshot', roomId: BREAKOUT_ID, snapshotId: 'snap01' } as const
    const snapshot = buildExport(
      sampleExportInput(board, { deidentified: true, scope: snapshotScope }),
    )
    expect(workshopExportSchema.safeParse(snapshot).success).toBe(true)
    expect(snapshot.rooms.map((room) => room.id)).toEqual([BREAKOUT_ID])
    for (const noteId of ['note08', 'note09', 'note10']) {
      expect(noteOf(snapshot, BREAKOUT_ID, noteId).author).toBe(
        noteOf(deidentified, BREAKOUT_ID, noteId).author,
      )
    }
    expect(snapshot.rooms[0]?.snapshot?.takenBy).toBe('Participant 2')
    const named = buildExport(
      sampleExportInput(board, { deidentified: false, scope: snapshotScope }),
    )
    expect(named.rooms[0]?.snapshot?.takenBy).toBe('Ben Tremblay')
  })

  it('lists codes in codebook order, once, ignoring deleted codes; counts votes', () => {
    expect(noteOf(identified, PLENARY_ID, 'note01')).toMatchObject({
      codes: ['code-navigation', 'code-screening'],
      votes: 3,
    })
    expect(noteOf(identified, PLENARY_ID, 'note02').codes).toEqual([])
    expect(noteOf(identified, BREAKOUT_ID, 'note09')).toMatchObject({
      codes: ['code-navigation', 'code-intake'],
      votes: 4,
    })
    expect(noteOf(identified, PLENARY_ID, 'note06').origin).toEqual({
      roomId: BREAKOUT_ID,
      noteId: 'note08',
    })
  })

  it('drops threads whose notes are not on the board', () => {
    const input = sampleExportInput(board, { deidentified: false })
    const plenary = input.rooms.find((room) => room.id === PLENARY_ID)!
    const dangling = { ...plenary.threads[0]!, id: 'dangling', to: 'note-gone' }
    plenary.threads = [...plenary.threads, dangling]
    const threads = buildExport(input).rooms.find((room) => room.id === PLENARY_ID)!.threads
    expect(threads.map((thread) => thread.id)).toEqual(['thread01', 'thread02', 'thread03'])
  })

  it('never names the author of a note without an author id when de-identified', () => {
    const input = sampleExportInput(board, { deidentified: true })
    const orphan: Note = { ...input.rooms[0]!.notes[0]!, id: 'orphan', authorId: null }
    input.rooms[0]!.notes.push(orphan)
    const note = noteOf(buildExport(input), input.rooms[0]!.id, 'orphan')
    expect(note).toMatchObject({ author: null, authorKey: null })
  })
})

describe('pseudonymsFor', () => {
  it('[EXP-D2] numbers people in join order, then other authors, and never renumbers', () => {
    const first = pseudonymsFor(PARTICIPANTS, ['ppl-gone', 'ppl-ana', 'ppl-gone'])
    expect([...first]).toEqual([
      ['ppl-ana', 'Participant 1'],
      ['ppl-ben', 'Participant 2'],
      ['ppl-chidi', 'Participant 3'],
      ['ppl-deepa', 'Participant 4'],
      ['ppl-eli', 'Participant 5'],
      ['ppl-gone', 'Participant 6'],
    ])
    const later = pseudonymsFor(
      [...PARTICIPANTS, { id: 'ppl-aaron', createdAt: Date.UTC(2025, 2, 14, 12) }],
      [],
    )
    for (const participant of PARTICIPANTS) {
      expect(later.get(participant.id)).toBe(first.get(participant.id))
    }
    expect(later.get('ppl-aaron')).toBe('Participant 6')
  })
})
