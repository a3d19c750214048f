import * as decoding from 'lib0/decoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createNote, readNotes } from '@weave/shared'
import { createStateCache } from '../src/rooms/state-cache.js'
import { syncStep2Frame } from '../src/wire/frames.js'

const EMPTY = Y.encodeStateVector(new Y.Doc())
const author = { id: 'p1', name: 'Ana', sector: 'health' }

/** What a fresh client holds after applying a sync step 2 frame (type 0, subtype 1, update). */
function boardFrom(frame: Uint8Array): Y.Doc {
  const decoder = decoding.createDecoder(frame)
  expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 1])
  const doc = new Y.Doc()
  Y.applyUpdate(doc, decoding.readVarUint8Array(decoder))
  return doc
}

describe('the state cache', () => {
  it('encodes the whole board once for fresh joiners and again only after a change', () => {
    const doc = new Y.Doc()
    createNote(doc, { laneId: 'health', x: 0, y: 0, text: 'first' }, author)
    const cache = createStateCache()
    const answer = cache.joinFrame
    const first = answer(doc, EMPTY)
    const state = cache.fullState(doc)
    expect(answer(doc, EMPTY)).toBe(first)
    expect(cache.fullState(doc)).toBe(state)
    // The frame is exactly what y-protocols would send: the same bytes as an uncached answer.
    expect(first).toEqual(syncStep2Frame(doc, EMPTY))
    createNote(doc, { laneId: 'health', x: 0, y: 200, text: 'second' }, author)
    const second = answer(doc, EMPTY)
    expect(second).not.toBe(first)
    expect(cache.fullState(doc)).not.toBe(state)
    expect(readNotes(boardFrom(second)).map((n) => n.text)).toEqual(['first', 'second'])
  })

  it('answers clients that hold something with their own difference, and follows a new document', () => {
    const doc = new Y.Doc()
    createNote(doc, { laneId: 'health', x: 0, y: 0, text: 'first' }, author)
    const answer = createStateCache().joinFrame
    const partial = Y.encodeStateVector(doc)
    expect(answer(doc, partial)).not.toBe(answer(doc, partial))
    const rebuilt = new Y.Doc()
    createNote(rebuilt, { laneId: 'health', x: 0, y: 0, text: 'rebuilt' }, author)
    answer(doc, EMPTY)
    expect(readNotes(boardFrom(answer(rebuilt, EMPTY))).map((n) => n.text)).toEqual(['rebuilt'])
  })
})
