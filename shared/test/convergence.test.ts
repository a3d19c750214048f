import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  createNote,
  createThread,
  deleteNote,
  deleteThread,
  editNoteText,
  moveNote,
  readNotes,
  readThreads,
  relabelThread,
  type Author,
} from '../src/index.js'

/**
 * Seeded random convergence, after yjs' own tests: several replicas make random concurrent edits
 * through the model functions, their updates are delivered in random order with duplicates, and
 * in the end every replica reads the same board.
 */
const REPLICAS = 4
const LANES = ['health', 'education', 'government']

type Op =
  | { kind: 'create'; lane: number; text: string }
  | { kind: 'move'; pick: number; lane: number; y: number }
  | { kind: 'edit'; pick: number; text: string }
  | { kind: 'delete'; pick: number }
  | { kind: 'thread'; pick: number; other: number }
  | { kind: 'relabel'; pick: number; label: string }
  | { kind: 'unthread'; pick: number }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    lane: fc.nat(2),
    text: fc.string({ maxLength: 12 }),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    pick: fc.nat(),
    lane: fc.nat(2),
    y: fc.integer({ min: 0, max: 2000 }),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    text: fc.string({ maxLength: 20 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('thread' as const), pick: fc.nat(), other: fc.nat() }),
  fc.record({
    kind: fc.constant('relabel' as const),
    pick: fc.nat(),
    label: fc.string({ maxLength: 10 }),
  }),
  fc.record({ kind: fc.constant('unthread' as const), pick: fc.nat() }),
)

const stepArb = fc.record({ replica: fc.nat(REPLICAS - 1), op: opArb, deliver: fc.boolean() })

function apply(doc: Y.Doc, op: Op, author: Author): void {
  const notes = readNotes(doc)
  const threads = readThreads(doc)
  const note = (n: number) => notes[n % Math.max(notes.length, 1)]
  switch (op.kind) {
    case 'create':
      createNote(doc, { laneId: LANES[op.lane]!, x: 10, y: 60, text: op.text }, author)
      return
    case 'move': {
      const target = note(op.pick)
      if (target) moveNote(doc, target.id, { laneId: LANES[op.lane]!, x: 20, y: op.y })
      return
    }
    case 'edit': {
      const target = note(op.pick)
      if (target) editNoteText(doc, target.id, op.text)
      return
    }
    case 'delete': {
      const target = note(op.pick)
      if (target) deleteNote(doc, target.id)
      return
    }
    case 'thread': {
      const from = note(op.pick)
      const to = note(op.other)
      if (from && to) createThread(doc, { from: from.id, to: to.id }, author)
      return
    }
    case 'relabel': {
      const thread = threads[op.pick % Math.max(threads.length, 1)]
      if (thread) relabelThread(doc, thread.id, op.label)
      return
    }
    case 'unthread': {
      const thread = threads[op.pick % Math.max(threads.length, 1)]
      if (thread) deleteThread(doc, thread.id)
      return
    }
  }
}

describe('convergence of concurrent edits', () => {
  it('all replicas read the same board after random edits, reordering and duplicates', () => {
    fc.assert(
      fc.property(
        fc.array(stepArb, { minLength: 5, maxLength: 60 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 200 }),
        (steps, shuffle) => {
          const docs = Array.from({ length: REPLICAS }, () => new Y.Doc())
          // Each replica's outbox of updates not yet delivered to every other replica.
          const inFlight: Array<{ to: number; update: Uint8Array }> = []
          docs.forEach((doc, index) =>
            doc.on('update', (update: Uint8Array, origin: unknown) => {
              if (origin === 'remote') return
              for (let to = 0; to < REPLICAS; to++) if (to !== index) inFlight.push({ to, update })
            }),
          )
          let cursor = 0
          const deliverSome = () => {
            // Random order, sometimes twice: Yjs must be idempotent and order-independent.
            const pick = (shuffle[cursor++ % shuffle.length] ?? 0) % Math.max(inFlight.length, 1)
            const message = inFlight[pick]
            if (!message) return
            Y.applyUpdate(docs[message.to]!, message.update, 'remote')
            if ((shuffle[cursor % shuffle.length] ?? 0) % 3 !== 0) inFlight.splice(pick, 1)
          }
          for (const step of steps) {
            apply(docs[step.replica]!, step.op, {
              id: `p${step.replica}`,
              name: null,
              sector: null,
            })
            if (step.deliver) deliverSome()
          }
          for (const message of inFlight) Y.applyUpdate(docs[message.to]!, message.update, 'remote')
          const boards = docs.map((doc) => ({ notes: readNotes(doc), threads: readThreads(doc) }))
          for (const board of boards.slice(1)) expect(board).toEqual(boards[0])
        },
      ),
      { seed: 20261128, numRuns: 200 },
    )
  })
})
