import fc from 'fast-check'
import type * as Y from 'yjs'
import {
  addLane,
  createCluster,
  createNote,
  createThread,
  deleteNote,
  deleteNotes,
  dissolveCluster,
  deleteThread,
  editNoteText,
  moveLane,
  moveCluster,
  moveNote,
  moveNotes,
  readClusters,
  readLanes,
  readNotes,
  readThreads,
  recolourNote,
  relabelThread,
  removeLane,
  renameCluster,
  renameLane,
  resizeNote,
  setLaneLocked,
  setNotesCluster,
  type Author,
} from '../src/index.js'

/**
 * Random edits for the convergence test, made only through the model functions. Ops pick their
 * target by index among what the replica currently reads, so they stay meaningful whatever the
 * replica has seen. Ids and times come from the run, never from Math.random or the clock, so a
 * seed replays exactly.
 */
export type Op =
  | { kind: 'create'; lane: number; text: string }
  | { kind: 'move'; pick: number; lane: number; y: number }
  | { kind: 'edit'; pick: number; text: string }
  | { kind: 'resize'; pick: number; width: number }
  | { kind: 'recolour'; pick: number; color: string | null }
  | { kind: 'delete'; pick: number }
  | { kind: 'thread'; pick: number; other: number }
  | { kind: 'relabel'; pick: number; label: string }
  | { kind: 'unthread'; pick: number }
  | { kind: 'add-lane'; name: string }
  | { kind: 'rename-lane'; pick: number; name: string }
  | { kind: 'move-lane'; pick: number; to: number }
  | { kind: 'remove-lane'; pick: number }
  | { kind: 'lock-lane'; pick: number; locked: boolean }
  | { kind: 'move-many'; pick: number; count: number; lane: number; dy: number }
  | { kind: 'delete-many'; pick: number; count: number }
  | { kind: 'cluster'; pick: number; count: number; name: string }
  | { kind: 'join'; pick: number; cluster: number | null }
  | { kind: 'rename-cluster'; pick: number; name: string }
  | { kind: 'dissolve'; pick: number }
  | { kind: 'move-cluster'; pick: number; dy: number }

const text = (maxLength: number) => fc.string({ maxLength, unit: 'grapheme' })
const pick = fc.nat(50)

/** One random op; note edits are weighted up, as on a real board. */
export const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constant('create'), lane: fc.nat(4), text: text(12) }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('move'),
      pick,
      lane: fc.nat(4),
      y: fc.integer({ min: -50, max: 2000 }),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('edit'), pick, text: text(20) }), weight: 4 },
  {
    arbitrary: fc.record({
      kind: fc.constant('resize'),
      pick,
      width: fc.integer({ min: 0, max: 900 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('recolour'),
      pick,
      color: fc.constantFrom('#f97316', '#0ea5e9', null),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('delete'), pick }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('thread'), pick, other: pick }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('relabel'), pick, label: text(10) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('unthread'), pick }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('add-lane'), name: text(8) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('rename-lane'), pick, name: text(8) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('move-lane'), pick, to: fc.nat(6) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('remove-lane'), pick }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('lock-lane'), pick, locked: fc.boolean() }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('move-many'),
      pick,
      count: fc.integer({ min: 1, max: 6 }),
      lane: fc.nat(4),
      dy: fc.integer({ min: -100, max: 100 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('delete-many'),
      pick,
      count: fc.integer({ min: 1, max: 3 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('cluster'),
      pick,
      count: fc.integer({ min: 0, max: 4 }),
      name: text(10),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('join'), pick, cluster: fc.option(pick) }),
    weight: 3,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('rename-cluster'), pick, name: text(10) }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('dissolve'), pick }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('move-cluster'),
      pick,
      dy: fc.integer({ min: -100, max: 100 }),
    }),
    weight: 1,
  },
)

/** Where a replica's ids and timestamps come from: a counter shared by the run. */
export interface RunClock {
  next(): number
}

const pickFrom = <T>(items: readonly T[], n: number): T | undefined =>
  items[n % Math.max(items.length, 1)]

/** Applies `op` to `doc` as `author` would, through the model functions. */
export function applyOp(doc: Y.Doc, op: Op, author: Author, clock: RunClock): void {
  const notes = readNotes(doc)
  const lanes = readLanes(doc)
  const note = 'pick' in op ? pickFrom(notes, op.pick) : undefined
  const laneId = (n: number) => pickFrom(lanes, n)?.id ?? 'unsorted'
  const now = clock.next()
  switch (op.kind) {
    case 'create':
      createNote(
        doc,
        { id: `n${now}`, laneId: laneId(op.lane), x: 10, y: 60, text: op.text },
        author,
        now,
      )
      return
    case 'move':
      if (note) moveNote(doc, note.id, { laneId: laneId(op.lane), x: 20, y: op.y }, now)
      return
    case 'edit':
      if (note) editNoteText(doc, note.id, op.text, now)
      return
    case 'resize':
      if (note) resizeNote(doc, note.id, { width: op.width, height: op.width / 2 }, now)
      return
    case 'recolour':
      if (note) recolourNote(doc, note.id, op.color, now)
      return
    case 'delete':
      if (note) deleteNote(doc, note.id)
      return
    case 'thread': {
      const to = pickFrom(notes, op.other)
      if (note && to) createThread(doc, { id: `t${now}`, from: note.id, to: to.id }, author, now)
      return
    }
    case 'relabel':
    case 'unthread': {
      const thread = pickFrom(readThreads(doc), op.pick)
      if (thread && op.kind === 'relabel') relabelThread(doc, thread.id, op.label)
      if (thread && op.kind === 'unthread') deleteThread(doc, thread.id)
      return
    }
    case 'add-lane':
      addLane(doc, { id: `l${now}`, name: op.name || 'Lane', color: '#334155' })
      return
    case 'move-many':
    case 'delete-many':
    case 'cluster':
    case 'join':
    case 'rename-cluster':
    case 'dissolve':
    case 'move-cluster':
      return applyClusterOp(doc, op, author, now)
  }
  const lane = pickFrom(lanes, op.pick)
  if (!lane) return
  if (op.kind === 'rename-lane') renameLane(doc, lane.id, op.name)
  if (op.kind === 'move-lane') moveLane(doc, lane.id, op.to)
  if (op.kind === 'remove-lane') removeLane(doc, lane.id)
  if (op.kind === 'lock-lane') setLaneLocked(doc, lane.id, op.locked)
}

type ClusterOp = Extract<
  Op,
  {
    kind:
      | 'move-many'
      | 'delete-many'
      | 'cluster'
      | 'join'
      | 'rename-cluster'
      | 'dissolve'
      | 'move-cluster'
  }
>

/** The bulk and cluster ops: a selection of notes is `count` notes from `pick` on. */
function applyClusterOp(doc: Y.Doc, op: ClusterOp, author: Author, now: number): void {
  const notes = readNotes(doc)
  const clusters = readClusters(doc)
  const lanes = readLanes(doc)
  const start = op.pick % Math.max(notes.length, 1)
  const selection = 'count' in op ? notes.slice(start, start + op.count) : []
  const cluster = pickFrom(clusters, op.pick)
  switch (op.kind) {
    case 'move-many': {
      const laneId = pickFrom(lanes, op.lane)?.id ?? 'unsorted'
      moveNotes(
        doc,
        selection.map((note) => ({ noteId: note.id, laneId, x: note.x, y: note.y + op.dy })),
        now,
      )
      return
    }
    case 'delete-many':
      deleteNotes(
        doc,
        selection.map((note) => note.id),
      )
      return
    case 'cluster':
      createCluster(
        doc,
        { id: `c${now}`, name: op.name, noteIds: selection.map((n) => n.id) },
        author,
        now,
      )
      return
    case 'join': {
      const note = pickFrom(notes, op.pick)
      const target = op.cluster === null ? null : (pickFrom(clusters, op.cluster)?.id ?? null)
      if (note) setNotesCluster(doc, [note.id], target, now)
      return
    }
    case 'rename-cluster':
      if (cluster) renameCluster(doc, cluster.id, op.name)
      return
    case 'dissolve':
      if (cluster) dissolveCluster(doc, cluster.id, now)
      return
    case 'move-cluster':
      if (cluster) moveCluster(doc, cluster.id, 0, op.dy, now)
      return
  }
}
