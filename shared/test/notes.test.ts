import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  CommandOrigin,
  createNote,
  createThread,
  deleteNote,
  deleteThread,
  editNoteText,
  moveNote,
  NOTE_MAX_SIZE,
  NOTE_TEXT_MAX_LENGTH,
  notesMap,
  readNote,
  readNotes,
  readThreads,
  recolourNote,
  relabelThread,
  resizeNote,
  threadsMap,
  type Author,
} from '../src/index.js'

const ana: Author = { id: 'p1', name: 'Ana', sector: 'health' }

function originsOf(doc: Y.Doc): string[] {
  const seen: string[] = []
  doc.on('afterTransaction', (tr) => {
    if (tr.origin instanceof CommandOrigin) seen.push(tr.origin.command)
  })
  return seen
}

describe('notes', () => {
  it('creates, moves, resizes, edits, recolours and deletes, one typed transaction each', () => {
    const doc = new Y.Doc()
    const origins = originsOf(doc)
    const id = createNote(doc, { laneId: 'health', x: 10, y: 70, text: 'Hello' }, ana, 1000)
    expect(readNote(doc, id)).toMatchObject({
      laneId: 'health',
      x: 10,
      y: 70,
      text: 'Hello',
      authorName: 'Ana',
      authorSector: 'health',
      createdAt: 1000,
    })
    moveNote(doc, id, { laneId: 'education', x: 5, y: 90 }, 2000)
    resizeNote(doc, id, { width: 5000, height: 10 }, 2001)
    editNoteText(doc, id, 'Hello, world', 2002)
    recolourNote(doc, id, '#ffffff', 2003)
    expect(readNote(doc, id)).toMatchObject({
      laneId: 'education',
      x: 5,
      y: 90,
      width: NOTE_MAX_SIZE,
      height: 80,
      text: 'Hello, world',
      color: '#ffffff',
      updatedAt: 2003,
    })
    expect(deleteNote(doc, id)).toBe(true)
    expect(readNotes(doc)).toEqual([])
    expect(origins).toEqual([
      'note.create',
      'note.move',
      'note.resize',
      'note.edit',
      'note.recolour',
      'note.delete',
    ])
  })

  it('edits text by the smallest splice, so concurrent typing elsewhere survives', () => {
    const a = new Y.Doc()
    const id = createNote(a, { laneId: 'health', x: 0, y: 0, text: 'middle' }, ana)
    const b = new Y.Doc()
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    editNoteText(a, id, 'start middle')
    editNoteText(b, id, 'middle end')
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(readNote(a, id)?.text).toBe('start middle end')
    expect(readNote(b, id)?.text).toBe('start middle end')
  })

  it('caps text length and clamps coordinates', () => {
    const doc = new Y.Doc()
    const id = createNote(
      doc,
      { laneId: 'health', x: Infinity, y: -1e12, text: 'x'.repeat(5000) },
      ana,
    )
    const note = readNote(doc, id)
    expect(note?.text.length).toBe(NOTE_TEXT_MAX_LENGTH)
    expect(note?.x).toBe(0)
    expect(note?.y).toBe(-1_000_000)
  })

  it('skips malformed entries instead of crashing', () => {
    const doc = new Y.Doc()
    createNote(doc, { laneId: 'health', x: 0, y: 0, text: 'good' }, ana)
    const bad = new Y.Map<unknown>()
    bad.set('x', 'not a number')
    notesMap(doc).set('bad', bad)
    notesMap(doc).set('scalar', 42)
    const broken = new Y.Map<unknown>()
    threadsMap(doc).set('t', broken)
    broken.set('from', 5)
    expect(readNotes(doc).map((n) => n.text)).toEqual(['good'])
    expect(readThreads(doc)).toEqual([])
    expect(readNote(doc, 'bad')).toBeUndefined()
  })
})

describe('threads', () => {
  it('weaves, relabels and deletes threads; refuses self, missing and duplicate threads', () => {
    const doc = new Y.Doc()
    const a = createNote(doc, { laneId: 'health', x: 0, y: 0 }, ana)
    const b = createNote(doc, { laneId: 'education', x: 0, y: 0 }, ana)
    const t = createThread(doc, { from: a, to: b, label: 'referral' }, ana)
    expect(t).not.toBeNull()
    expect(createThread(doc, { from: b, to: a }, ana)).toBeNull()
    expect(createThread(doc, { from: a, to: a }, ana)).toBeNull()
    expect(createThread(doc, { from: a, to: 'missing' }, ana)).toBeNull()
    relabelThread(doc, t!, 'shared goal', 'shared-goal')
    expect(readThreads(doc)).toMatchObject([
      { from: a, to: b, label: 'shared goal', kind: 'shared-goal' },
    ])
    expect(deleteThread(doc, t!)).toBe(true)
    expect(readThreads(doc)).toEqual([])
  })

  it('deleting a note removes its threads', () => {
    const doc = new Y.Doc()
    const a = createNote(doc, { laneId: 'health', x: 0, y: 0 }, ana)
    const b = createNote(doc, { laneId: 'education', x: 0, y: 0 }, ana)
    const c = createNote(doc, { laneId: 'government', x: 0, y: 0 }, ana)
    createThread(doc, { from: a, to: b }, ana)
    createThread(doc, { from: c, to: a }, ana)
    const kept = createThread(doc, { from: b, to: c }, ana)
    deleteNote(doc, a)
    expect(readThreads(doc).map((t) => t.id)).toEqual([kept])
    expect(threadsMap(doc).size).toBe(1)
  })

  it('hides a thread left dangling by a concurrent note deletion', () => {
    const one = new Y.Doc()
    const a = createNote(one, { laneId: 'health', x: 0, y: 0 }, ana)
    const b = createNote(one, { laneId: 'education', x: 0, y: 0 }, ana)
    const two = new Y.Doc()
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one))
    deleteNote(one, a)
    createThread(two, { from: a, to: b }, ana)
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two))
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one))
    expect(readThreads(one)).toEqual([])
    expect(readThreads(two)).toEqual([])
  })
})
