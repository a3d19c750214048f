import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  boardContentRefusal,
  CODEBOOK_MAX_ENTRIES,
  CONTENT_LIMITS,
  controlContentRefusal,
  importControlDoc,
  importProblem,
  importRoomDoc,
  type ContentRule,
  type WorkshopExport,
} from '../src/index.js'
import { sampleExport } from './fixtures/sample-export.js'

/** What `rule` says about a document written by `write`, arriving whole at a fresh copy. */
function verdictOnWhole(rule: ContentRule, write: (doc: Y.Doc) => void): string | null {
  const written = new Y.Doc()
  write(written)
  const server = new Y.Doc()
  let refusal: string | null = null
  server.on('afterTransaction', (t: Y.Transaction) => (refusal ??= rule(server, t)))
  Y.applyUpdate(server, Y.encodeStateAsUpdate(written))
  return refusal
}

const edited = (edit: (exp: WorkshopExport) => void): WorkshopExport => {
  const copy = structuredClone(sampleExport)
  edit(copy)
  return copy
}
const lanes = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ ...sampleExport.lanes[0]!, id: `lane${i}` }))

describe('an import is held to the live content rules (EXP-I1)', () => {
  it('[EXP-I1] takes an export within the limits, and writes what live writers may', () => {
    const full = edited((exp) => (exp.lanes = lanes(CONTENT_LIMITS.lanesPerWorkshop)))
    for (const exp of [sampleExport, full]) {
      expect(importProblem(exp)).toBeNull()
      expect(verdictOnWhole(controlContentRefusal, (doc) => importControlDoc(doc, exp))).toBeNull()
      for (const room of exp.rooms)
        expect(verdictOnWhole(boardContentRefusal, (doc) => importRoomDoc(doc, room))).toBeNull()
    }
  })

  it.each<[string, (exp: WorkshopExport) => void, string]>([
    ['41 lanes', (exp) => (exp.lanes = lanes(41)), 'import_over_limits'],
    [
      'a room past the notes limit',
      (exp) => {
        const [note] = exp.rooms[0]!.notes
        exp.rooms[0]!.notes = Array.from({ length: CONTENT_LIMITS.notesPerBoard + 1 }, (_, i) => ({
          ...note!,
          id: `note${i}aaaaaa`,
        }))
      },
      'import_over_limits',
    ],
    [
      'a codebook past its limit',
      (exp) =>
        (exp.codebook.codes = Array.from({ length: CODEBOOK_MAX_ENTRIES + 1 }, (_, i) => ({
          id: `code${i}`,
          name: 'c',
          description: '',
          themeId: null,
        }))),
      'import_over_limits',
    ],
    ['a lane id with markup', (exp) => (exp.lanes[0]!.id = '<b>x</b>'), 'invalid_export'],
    ['two lanes with one id', (exp) => (exp.lanes[1]!.id = exp.lanes[0]!.id), 'invalid_export'],
    ['a room id with a space', (exp) => (exp.rooms[0]!.id = 'main room'), 'invalid_export'],
    ['a short note id', (exp) => (exp.rooms[0]!.notes[0]!.id = 'n1'), 'invalid_export'],
  ])('[EXP-I1] refuses %s', (_name, edit, code) => {
    expect(importProblem(edited(edit))?.code).toBe(code)
  })
})
