import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  CommandOrigin,
  createNote,
  createThread,
  deleteNotes,
  duplicateNotes,
  moveNotes,
  readNote,
  readNotes,
  readThreads,
  recolourNotes,
  tidyLayout,
  tidyNotes,
  type Author,
} from '../src/index.js'

const ana: Author = { id: 'p1', name: 'Ana', sector: 'health' }

/** Records each transaction's command and each update's size. */
function watch(doc: Y.Doc) {
  const commands: string[] = []
  const updates: Uint8Array[] = []
  doc.on('afterTransaction', (tr) => {
    if (tr.origin instanceof CommandOrigin) commands.push(tr.origin.command)
  })
  doc.on('update', (update: Uint8Array) => updates.push(update))
  return { commands, updates }
}

function boardOf(count: number, laneId = 'health') {
  const doc = new Y.Doc()
  const ids = Array.from({ length: count }, (_, i) =>
    createNote(doc, { id: `note${i}`, laneId, x: 10, y: 60 + i * 5, text: `n${i}` }, ana, 1),
  )
  return { doc, ids }
}

describe('bulk note commands', () => {
  it('moves 200 notes in one transaction: one update under 50 KB', () => {
    const { doc, ids } = boardOf(200)
    const seen = watch(doc)
    const moved = moveNotes(
      doc,
      ids.map((noteId, i) => ({ noteId, laneId: 'education', x: 20 + i, y: 100 + i })),
      5,
    )
    expect(moved).toBe(200)
    expect(seen.commands).toEqual(['notes.move'])
    expect(seen.updates).toHaveLength(1)
    expect(seen.updates[0]!.byteLength).toBeLessThan(50_000)
    expect(readNote(doc, 'note7')).toMatchObject({ laneId: 'education', x: 27, y: 107 })
  })

  it('is one undo step, and skips notes that are gone', () => {
    const { doc, ids } = boardOf(3)
    const undo = new Y.UndoManager(doc.getMap('notes'), {
      trackedOrigins: new Set([CommandOrigin]),
    })
    expect(
      moveNotes(
        doc,
        [...ids, 'gone'].map((noteId) => ({ noteId, laneId: 'x', x: 1, y: 1 })),
      ),
    ).toBe(3)
    undo.undo()
    expect(readNotes(doc).map((note) => note.laneId)).toEqual(['health', 'health', 'health'])
  })

  it('recolours and deletes many at once, threads with them', () => {
    const { doc, ids } = boardOf(4)
    createThread(doc, { from: ids[0]!, to: ids[3]! }, ana, 2)
    createThread(doc, { from: ids[2]!, to: ids[3]! }, ana, 2)
    const seen = watch(doc)
    expect(recolourNotes(doc, ids.slice(0, 2), '#0ea5e9', 3)).toBe(2)
    expect(readNotes(doc).map((note) => note.color)).toEqual(['#0ea5e9', '#0ea5e9', null, null])
    expect(deleteNotes(doc, [ids[0]!, ids[1]!, 'gone'])).toBe(2)
    expect(readNotes(doc).map((note) => note.id)).toEqual([ids[2], ids[3]])
    expect(readThreads(doc)).toHaveLength(1)
    expect(seen.commands).toEqual(['notes.recolour', 'notes.delete'])
    expect(seen.updates).toHaveLength(2)
  })

  it('duplicates with new ids, offset, same lane, as the one who duplicates', () => {
    const { doc, ids } = boardOf(2)
    const seen = watch(doc)
    const bo: Author = { id: 'p2', name: 'Bo', sector: 'education' }
    let n = 0
    const copies = duplicateNotes(
      doc,
      [ids[1]!, 'gone', ids[0]!],
      bo,
      { newId: () => `copy${n++}` },
      9,
    )
    expect(copies).toEqual(['copy0', 'copy1'])
    expect(seen.commands).toEqual(['notes.duplicate'])
    expect(readNote(doc, 'copy0')).toMatchObject({
      laneId: 'health',
      x: 34,
      y: 65 + 24,
      text: 'n1',
      authorId: 'p2',
      createdAt: 9,
    })
  })

  it('tidies notes into a grid without overlaps, inside their lane, in one transaction', () => {
    const doc = new Y.Doc()
    for (let i = 0; i < 5; i++) {
      createNote(
        doc,
        { id: `s${i}`, laneId: 'a', x: 7, y: 300 - i, width: 90, height: 80 + i * 10 },
        ana,
      )
    }
    createNote(doc, { id: 'other', laneId: 'b', x: 500, y: 900 }, ana)
    const seen = watch(doc)
    expect(tidyNotes(doc, ['s0', 's1', 's2', 's3', 's4', 'other'])).toBe(6)
    expect(seen.commands).toEqual(['notes.tidy'])
    const notes = readNotes(doc)
    const inA = notes.filter((note) => note.laneId === 'a')
    for (const a of inA) {
      expect(a.x).toBeGreaterThanOrEqual(0)
      expect(a.x + a.width).toBeLessThanOrEqual(340)
      for (const b of inA) {
        if (a === b) continue
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y
        expect(apart).toBe(true)
      }
    }
    // Reading order kept: the top note (s4, y 296) comes first, at the top of where they were.
    expect(readNote(doc, 's4')).toMatchObject({ x: 10, y: 296 })
    expect(readNote(doc, 'other')).toMatchObject({ laneId: 'b', x: 10, y: 900 })
  })

  it('lays a note wider than the lane out one a row', () => {
    const places = tidyLayout([
      { id: 'a', laneId: 'l', x: 0, y: 0, width: 800, height: 100 },
      { id: 'b', laneId: 'l', x: 0, y: 50, width: 80, height: 100 },
    ])
    expect(places.get('a')).toEqual({ laneId: 'l', x: 10, y: 0 })
    expect(places.get('b')).toEqual({ laneId: 'l', x: 10, y: 112 })
  })
})
