import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  createNote,
  deleteNote,
  editNoteText,
  moveNote,
  readNotes,
  recolourNote,
  type Author,
} from '@weave/shared'
import { createNotesStore } from '../src/session/notes-store'

const author: Author = { id: 'p1', name: 'Maya', sector: 'health' }

/** A small seeded generator, so a failure replays. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

describe('the incremental notes store', () => {
  it('always equals a full read of the board, through 500 random edits (local and remote)', () => {
    const doc = new Y.Doc()
    const remote = new Y.Doc()
    doc.on('update', (update: Uint8Array) => Y.applyUpdate(remote, update))
    remote.on('update', (update: Uint8Array) => Y.applyUpdate(doc, update))
    const store = createNotesStore(doc)
    const next = random(42)
    const ids: string[] = []
    for (let step = 0; step < 500; step++) {
      const target = next() < 0.5 ? doc : remote
      const id = ids[Math.floor(next() * ids.length)]
      const roll = next()
      if (!id || roll < 0.25) {
        ids.push(
          createNote(target, { laneId: 'health', x: 10, y: step, text: `n${step}` }, author, step),
        )
      } else if (roll < 0.5) moveNote(target, id, { laneId: 'education', x: step, y: step })
      else if (roll < 0.7) editNoteText(target, id, `edited ${step}`)
      else if (roll < 0.8) recolourNote(target, id, '#fde68a')
      else deleteNote(target, id)
      // Reading only now and then: changes between reads must add up.
      if (next() < 0.5) expect(store.get()).toEqual(readNotes(doc))
    }
    expect(store.get()).toEqual(readNotes(doc))
    store.destroy()
  })

  it('keeps untouched notes (and the list) as the same objects', () => {
    const doc = new Y.Doc()
    const a = createNote(doc, { laneId: 'health', x: 0, y: 0, text: 'a' }, author, 1)
    createNote(doc, { laneId: 'health', x: 0, y: 200, text: 'b' }, author, 2)
    const store = createNotesStore(doc)
    const before = store.get()
    expect(store.get()).toBe(before)
    let told = 0
    store.subscribe(() => told++)
    moveNote(doc, a, { laneId: 'health', x: 50, y: 0 })
    const after = store.get()
    expect(told).toBe(1)
    expect(after).not.toBe(before)
    expect(after[0]).not.toBe(before[0])
    expect(after[1]).toBe(before[1])
    store.destroy()
    moveNote(doc, a, { laneId: 'health', x: 60, y: 0 })
    expect(told).toBe(1)
  })
})
