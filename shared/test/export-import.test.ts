import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  buildExport,
  CommandOrigin,
  COORDINATE_LIMIT,
  importControlDoc,
  importedCodings,
  importedVotes,
  importRoomDoc,
  noteKey,
  NOTE_TEXT_MAX_LENGTH,
  parseExport,
  readLanes,
  readNote,
  readNotes,
  readPhase,
  readRound,
  readRoundHistory,
  readThreads,
  readWorkshopTitle,
  restoreNote,
  restoreRoundHistory,
  restoreThread,
  type ExportInput,
  type RoundSummary,
  type WorkshopExport,
} from '../src/index.js'
import { sampleBoard, sampleExportInput } from './fixtures/sample-board.js'

/** Imports an export into fresh documents and builds the same export from what was read back. */
function reexport(
  exp: WorkshopExport,
  original: ExportInput,
  deidentified: boolean,
): WorkshopExport {
  const control = new Y.Doc()
  importControlDoc(control, exp)
  const rooms = exp.rooms.map((room) => {
    const doc = new Y.Doc()
    importRoomDoc(doc, room)
    const input = original.rooms.find((r) => r.id === room.id)!
    return { ...input, notes: readNotes(doc), threads: readThreads(doc) }
  })
  return buildExport({
    ...original,
    deidentified,
    workshop: {
      ...original.workshop,
      title: readWorkshopTitle(control),
      phase: readPhase(control),
    },
    lanes: readLanes(control),
    rounds: readRoundHistory(control),
    rooms,
    // Names now live on the notes only: the importing server has no participants yet.
    participants: [],
    votes: new Map(importedVotes(exp).map((v) => [noteKey(v.roomId, v.noteId), v.votes])),
    codebook: { ...exp.codebook, codings: importedCodings(exp) },
  })
}

/** An export as it arrives over HTTP: JSON text, parsed and validated. */
function uploaded(exp: WorkshopExport): WorkshopExport {
  const parsed = parseExport(JSON.parse(JSON.stringify(exp)))
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.value
}

describe('import', () => {
  it('export → import → export gives the same export', () => {
    const input = sampleExportInput(sampleBoard(), { deidentified: false })
    const exp = buildExport(input)
    expect(reexport(uploaded(exp), input, false)).toEqual(exp)
  })

  it('keeps a de-identified export de-identified: pseudonyms become the names', () => {
    const input = sampleExportInput(sampleBoard(), { deidentified: true })
    const exp = buildExport(input)
    expect(reexport(uploaded(exp), input, false)).toEqual({ ...exp, deidentified: false })
  })

  it('lists the votes and codings an export records', () => {
    const exp = buildExport(sampleExportInput(sampleBoard(), { deidentified: false }))
    expect(importedVotes(exp)).toEqual([
      { roomId: 'plenary01', noteId: 'note01', votes: 3 },
      { roomId: 'plenary01', noteId: 'note04', votes: 2 },
      { roomId: 'breakout01', noteId: 'note09', votes: 4 },
    ])
    expect(importedCodings(exp)).toContainEqual({
      roomId: 'breakout01',
      noteId: 'note09',
      codeId: 'code-intake',
    })
  })

  it('restores notes, threads and round history with typed origins, clamped like commands', () => {
    const doc = new Y.Doc()
    const origins: string[] = []
    doc.on('afterTransaction', (tr) => {
      if (tr.origin instanceof CommandOrigin) origins.push(tr.origin.command)
    })
    const note = {
      id: 'n1',
      laneId: 'health',
      x: 5e9,
      y: -5e9,
      width: 200,
      height: 130,
      text: 'y'.repeat(NOTE_TEXT_MAX_LENGTH + 10),
      color: null,
      authorId: 'p1',
      authorName: 'Ana',
      authorSector: 'health',
      roundId: null,
      originRoomId: null,
      originNoteId: null,
      createdAt: 1000,
      updatedAt: 2000,
    }
    restoreNote(doc, note)
    restoreNote(doc, { ...note, id: 'n2', x: 0, y: 0, text: 'two' })
    restoreThread(doc, {
      id: 't1',
      from: 'n1',
      to: 'n2',
      label: 'z'.repeat(500),
      kind: 'gap',
      authorId: null,
      createdAt: 3000,
    })
    expect(readNote(doc, 'n1')).toMatchObject({
      x: COORDINATE_LIMIT,
      y: -COORDINATE_LIMIT,
      text: 'y'.repeat(NOTE_TEXT_MAX_LENGTH),
      createdAt: 1000,
      updatedAt: 2000,
    })
    expect(readThreads(doc)[0]?.label).toHaveLength(120)
    expect(origins).toEqual(['note.restore', 'note.restore', 'thread.restore'])

    const control = new Y.Doc()
    const summary: RoundSummary = {
      id: 'r1',
      title: 'T',
      prompt: 'P',
      mode: 'open',
      startedAt: 1,
      endedAt: 2,
    }
    restoreRoundHistory(control, [summary])
    expect(readRoundHistory(control)).toEqual([summary])
    expect(readRound(control)).toBeNull()
  })
})

describe('parseExport', () => {
  const valid = (): Record<string, unknown> =>
    JSON.parse(
      JSON.stringify(buildExport(sampleExportInput(sampleBoard(), { deidentified: false }))),
    )

  it('says when the upload is not an export at all', () => {
    for (const garbage of [
      null,
      'text',
      42,
      [],
      {},
      { kind: 'something-else', schemaVersion: 1 },
    ]) {
      const parsed = parseExport(garbage)
      expect(parsed).toEqual({ ok: false, message: expect.stringContaining('not a Weave export') })
    }
  })

  it('names the supported version when the version is wrong', () => {
    for (const version of [2, 0, '1', undefined]) {
      const parsed = parseExport({ ...valid(), schemaVersion: version })
      expect(parsed.ok).toBe(false)
      if (!parsed.ok) expect(parsed.message).toContain('this server imports schemaVersion 1')
    }
    const newer = parseExport({ ...valid(), schemaVersion: 2 })
    expect(!newer.ok && newer.message).toContain('Unsupported export schemaVersion 2')
  })

  it('lists schema problems by path, at most five', () => {
    const exp = valid() as { lanes: Array<Record<string, unknown>>; rooms: unknown[] }
    exp.lanes[0]!.color = 'red'
    const one = parseExport(exp)
    expect(!one.ok && one.message).toMatch(/^The export is malformed\. lanes\.0\.color: /)

    exp.rooms = Array.from({ length: 8 }, () => ({ id: '' }))
    const many = parseExport(exp)
    expect(many.ok).toBe(false)
    if (!many.ok) {
      expect(many.message.split('; ')).toHaveLength(6)
      expect(many.message).toMatch(/\.\.\.and \d+ more$/)
    }
  })
})
