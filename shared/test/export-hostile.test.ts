import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  buildExport,
  createNote,
  createThread,
  NOTE_TEXT_MAX_LENGTH,
  NOTES_CSV_COLUMNS,
  notesCsv,
  readNotes,
  readThreads,
  threadsCsv,
  workshopExportSchema,
  type Author,
  type ExportInput,
  type Lane,
  type Note,
  type WorkshopExport,
} from '../src/index.js'

const T0 = Date.UTC(2025, 2, 14, 9)
const CONTROL_CHARACTERS = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join(
  '',
)

/** Texts that have broken exporters: sizes, scripts, invisible and malformed characters. */
const HOSTILE_TEXTS = [
  'x'.repeat(NOTE_TEXT_MAX_LENGTH),
  '👩🏽‍⚕️ nurse 🩺 family: 👨‍👩‍👧‍👦',
  'مرحبا بالعالم — שלום',
  '\u202eevil\u202c reversed',
  CONTROL_CHARACTERS,
  'lone \ud800 high and \udfff low',
  '__proto__',
  'constructor',
  '=HYPERLINK("http://evil.example","click")',
  '+1 555',
  '-2',
  '@SUM(A1)',
  '\tindented',
  '"quoted", with comma\r\nand CRLF',
]

/** `text` as it reads back from UTF-8 bytes: lone surrogates cannot be encoded and become U+FFFD. */
function asUtf8(text: string | undefined): string {
  return new TextDecoder().decode(new TextEncoder().encode(text ?? ''))
}

function parseCsv(csv: string): string[][] {
  return parse(csv, { record_delimiter: '\r\n' }) as string[][]
}

function exportInput(lanes: Lane[], notes: Note[], roomName = 'Room'): ExportInput {
  const doc = new Y.Doc()
  for (const note of notes) {
    const author: Author = { id: note.authorId, name: note.authorName, sector: note.authorSector }
    createNote(doc, { ...note, origin: null }, author, note.createdAt)
  }
  const ids = readNotes(doc).map((note) => note.id)
  ids
    .slice(1)
    .forEach((id, index) =>
      createThread(
        doc,
        { from: ids[index]!, to: id, label: notes[index]?.text ?? '' },
        { id: null, name: null, sector: null },
        T0,
      ),
    )
  return {
    scope: { kind: 'workshop' },
    deidentified: false,
    now: T0,
    workshop: { id: 'ws01', title: roomName, createdAt: T0, phase: 'live' },
    lanes,
    rounds: [],
    participants: [],
    rooms: [
      {
        id: 'room01',
        name: roomName,
        position: 0,
        closed: false,
        snapshot: null,
        notes: readNotes(doc),
        threads: readThreads(doc),
      },
    ],
    votes: new Map(),
    codebook: { themes: [], codes: [], codings: [] },
  }
}

function noteWith(id: string, text: string, index: number): Note {
  return {
    id,
    laneId: id,
    x: index,
    y: 70,
    width: 200,
    height: 130,
    text,
    color: null,
    authorId: id,
    authorName: text.slice(0, 200),
    authorSector: text.slice(0, 64),
    roundId: null,
    originRoomId: null,
    originNoteId: null,
    createdAt: T0 + index,
    updatedAt: T0 + index,
  }
}

function expectValid(exp: WorkshopExport): void {
  const direct = workshopExportSchema.safeParse(exp)
  expect(direct.error?.issues ?? []).toEqual([])
  // Lone surrogates and control characters must survive the trip through JSON text too.
  const reparsed = workshopExportSchema.safeParse(JSON.parse(JSON.stringify(exp)))
  expect(reparsed.success).toBe(true)
  expect(reparsed.data).toEqual(exp)
}

describe('exports of hostile content', () => {
  it('export, validate and parse back as CSV', () => {
    const ids = HOSTILE_TEXTS.map((text, i) =>
      i === 6 || i === 7 ? text : `n${i}${text.slice(0, 20)}`,
    )
    const lanes: Lane[] = ids.map((id, order) => ({
      id,
      name: HOSTILE_TEXTS[order]!.slice(0, 60),
      color: '#123456',
      order,
      sectorId: null,
      locked: false,
    }))
    const notes = ids.map((id, i) => noteWith(id, HOSTILE_TEXTS[i]!, i))
    const exp = buildExport(exportInput(lanes, notes, HOSTILE_TEXTS[5]))
    expectValid(exp)
    const exported = exp.rooms[0]!.notes
    expect(exported.map((note) => note.text)).toEqual(HOSTILE_TEXTS)
    expect(exp.rooms[0]!.threads).toHaveLength(HOSTILE_TEXTS.length - 1)

    const rows = parseCsv(notesCsv(exp))
    expect(rows[0]).toEqual([...NOTES_CSV_COLUMNS])
    const textColumn = NOTES_CSV_COLUMNS.indexOf('text')
    rows.slice(1).forEach((row, i) => {
      expect(row).toHaveLength(NOTES_CSV_COLUMNS.length)
      const text = asUtf8(HOSTILE_TEXTS[i])
      expect([text, `'${text}`]).toContain(row[textColumn])
    })
    expect(parseCsv(threadsCsv(exp))).toHaveLength(HOSTILE_TEXTS.length)
  })

  it('cuts over-long stored data to the schema limits instead of failing', () => {
    const long = (n: number): string => '🙂'.repeat(n)
    const note: Note = {
      ...noteWith('n'.repeat(100), long(3000), 0),
      authorId: 'k'.repeat(500),
      authorName: long(500),
      authorSector: 's'.repeat(100),
      roundId: 'r'.repeat(100),
      originRoomId: 'o'.repeat(100),
      originNoteId: '',
      createdAt: 1e20,
      updatedAt: -1e20,
    }
    const input = exportInput([], [])
    input.rooms[0]!.notes = [note]
    input.rooms[0]!.position = Number.NaN
    input.votes = new Map([[`room01/${note.id}`, -3]])
    input.workshop.title = long(500)
    input.rounds = [
      {
        id: 'round1',
        title: `a${long(900)}`,
        prompt: long(3000),
        mode: 'open',
        startedAt: Infinity,
        endedAt: null,
      },
    ]
    const exp = buildExport(input)
    expectValid(exp)
    const exported = exp.rooms[0]!.notes[0]!
    expect(exported.text).toHaveLength(NOTE_TEXT_MAX_LENGTH)
    expect(exported.author).toBe(long(100))
    expect(exported).toMatchObject({
      origin: null,
      votes: 0,
      updatedAt: '1970-01-01T00:00:00.000Z',
    })
    expect(exported.createdAt).toBe('9999-12-31T23:59:59.999Z')
    // An odd limit falls inside an emoji: the half surrogate goes rather than the export.
    expect(exp.rounds[0]!.title).toBe(`a${long(249)}`)
  })

  it('never lets a notes.csv cell start a formula, and keeps every text', () => {
    const trigger = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '')
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      // The characters CSV quoting and formula neutralising care about, and broken Unicode.
      fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', '=', "'", ' ', '\ud800', '\udfff') }),
    )
    const cell = fc.tuple(trigger, text).map(([start, rest]) => start + rest)
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: cell, author: cell, lane: cell }), {
          minLength: 1,
          maxLength: 8,
        }),
        cell,
        (inputs, roomName) => {
          const lanes: Lane[] = inputs.map((input, order) => ({
            id: `lane${order}`,
            name: input.lane.slice(0, 60),
            color: '#123456',
            order,
            sectorId: null,
            locked: false,
          }))
          const notes = inputs.map((input, i) => ({
            ...noteWith(`note${i}`, input.text, i),
            laneId: `lane${i}`,
            authorName: input.author.slice(0, 200),
          }))
          const exp = buildExport(exportInput(lanes, notes, roomName.slice(0, 200)))
          const rows = parseCsv(notesCsv(exp)).slice(1)
          expect(rows).toHaveLength(inputs.length)
          const column = (name: (typeof NOTES_CSV_COLUMNS)[number]): number =>
            NOTES_CSV_COLUMNS.indexOf(name)
          rows.forEach((row, i) => {
            const note = exp.rooms[0]!.notes[i]!
            const originals: Array<[number, string]> = [
              [column('room'), exp.rooms[0]!.name],
              [column('lane'), exp.lanes[i]!.name],
              [column('author'), note.author ?? ''],
              [column('text'), note.text],
            ]
            for (const cellText of row) expect(/^[=+\-@\t\r\n]/.test(cellText)).toBe(false)
            for (const [index, original] of originals) {
              expect([asUtf8(original), `'${asUtf8(original)}`]).toContain(row[index])
            }
          })
        },
      ),
      { seed: 11, numRuns: 200 },
    )
  })
})
