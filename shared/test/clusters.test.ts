import { describe, expect, it } from 'vitest'
import { verdict } from './content-verdict.js'
import * as Y from 'yjs'
import {
  boardContentRefusal,
  childMap,
  CLUSTER_NAME_MAX_LENGTH,
  clusterNoteIds,
  clustersMap,
  CommandOrigin,
  CONTENT_LIMITS,
  createCluster,
  createNote,
  deleteNote,
  dissolveCluster,
  moveCluster,
  notesMap,
  readCluster,
  readClusters,
  readNote,
  readNotes,
  recolourCluster,
  renameCluster,
  setClusterCollapsed,
  setNotesCluster,
  type Author,
} from '../src/index.js'

const ana: Author = { id: 'anaaaaaaaaaaaa', name: 'Ana', sector: 'health' }
const NOTES = ['note1aaaaaaaaa', 'note2aaaaaaaaa', 'note3aaaaaaaaa']

function board(): Y.Doc {
  const doc = new Y.Doc()
  NOTES.forEach((id, i) =>
    createNote(doc, { id, laneId: 'health', x: 10, y: 60 + 150 * i }, ana, 1),
  )
  return doc
}

function commands(doc: Y.Doc): string[] {
  const seen: string[] = []
  doc.on('afterTransaction', (tr) => {
    if (tr.origin instanceof CommandOrigin) seen.push(tr.origin.command)
  })
  return seen
}

/** What the board content rule says about `change`, sent as an update to a second copy. */
const boardVerdict = (setup: (doc: Y.Doc) => void, change: (doc: Y.Doc) => void) =>
  verdict(boardContentRefusal, setup, change)

describe('clusters', () => {
  it('are made from notes, renamed, recoloured, collapsed and dissolved, one transaction each', () => {
    const doc = board()
    const seen = commands(doc)
    const id = createCluster(doc, { name: 'Trust', noteIds: NOTES.slice(0, 2) }, ana, 5)
    expect(readClusters(doc)).toEqual([
      { id, name: 'Trust', color: null, collapsed: false, createdAt: 5, createdBy: ana.id },
    ])
    expect(clusterNoteIds(doc, id)).toEqual(NOTES.slice(0, 2))
    expect(readNote(doc, NOTES[2]!)!.clusterId).toBeNull()
    renameCluster(doc, id, 'x'.repeat(200))
    recolourCluster(doc, id, '#0ea5e9')
    setClusterCollapsed(doc, id, true)
    expect(readCluster(doc, id)).toMatchObject({
      name: 'x'.repeat(CLUSTER_NAME_MAX_LENGTH),
      color: '#0ea5e9',
      collapsed: true,
    })
    expect(dissolveCluster(doc, id, 6)).toBe(true)
    expect(readClusters(doc)).toEqual([])
    expect(readNotes(doc).map((note) => note.clusterId)).toEqual([null, null, null])
    expect(seen).toEqual([
      'cluster.create',
      'cluster.rename',
      'cluster.recolour',
      'cluster.collapse',
      'cluster.dissolve',
    ])
  })

  it('holds a note in at most one: joining another leaves the first', () => {
    const doc = board()
    const a = createCluster(doc, { name: 'A', noteIds: NOTES }, ana)
    const b = createCluster(doc, { name: 'B' }, ana)
    expect(setNotesCluster(doc, [NOTES[0]!, 'gone'], b)).toBe(1)
    expect(clusterNoteIds(doc, a)).toEqual(NOTES.slice(1))
    expect(clusterNoteIds(doc, b)).toEqual([NOTES[0]])
    expect(setNotesCluster(doc, [NOTES[1]!], null)).toBe(1)
    expect(readNote(doc, NOTES[1]!)!.clusterId).toBeNull()
    expect(setNotesCluster(doc, [NOTES[1]!], 'nosuchcluster1')).toBe(0)
  })

  it('moves its notes together in one transaction', () => {
    const doc = board()
    const id = createCluster(doc, { name: 'A', noteIds: NOTES.slice(1) }, ana)
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    expect(moveCluster(doc, id, 5, -10)).toBe(2)
    expect(updates).toHaveLength(1)
    expect(readNotes(doc).map((note) => [note.x, note.y])).toEqual([
      [10, 60],
      [15, 200],
      [15, 350],
    ])
  })

  it('reads a note dropped into a cluster dissolved concurrently as unclustered', () => {
    const [a, b] = [board(), new Y.Doc()]
    const id = createCluster(a, { name: 'A', noteIds: [NOTES[0]!] }, ana)
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    dissolveCluster(a, id)
    setNotesCluster(b, [NOTES[1]!], id)
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    for (const doc of [a, b]) {
      expect(readClusters(doc)).toEqual([])
      expect(readNotes(doc).map((note) => note.clusterId)).toEqual([null, null, null])
    }
    // A deleted note leaves no trace in its cluster: membership lives on the note.
    const c = createCluster(a, { name: 'C', noteIds: NOTES.slice(0, 2) }, ana)
    deleteNote(a, NOTES[0]!)
    expect(clusterNoteIds(a, c)).toEqual([NOTES[1]])
  })

  it('reads notes written before clusters as unclustered', () => {
    const doc = board()
    expect(childMap(notesMap(doc), NOTES[0]!)!.has('clusterId')).toBe(false)
    expect(readNote(doc, NOTES[0]!)!.clusterId).toBeNull()
  })
})

describe('what the clusters root may hold', () => {
  it('accepts everything the model functions write', () => {
    const withCluster = (doc: Y.Doc) => {
      NOTES.forEach((id) => createNote(doc, { id, laneId: 'health', x: 0, y: 0 }, ana))
      createCluster(doc, { id: 'clus1aaaaaaaaa', name: 'A', noteIds: NOTES }, ana)
    }
    expect(boardVerdict(() => {}, withCluster)).toBeNull()
    expect(
      boardVerdict(withCluster, (doc) => {
        renameCluster(doc, 'clus1aaaaaaaaa', 'B')
        recolourCluster(doc, 'clus1aaaaaaaaa', '#112233')
        setClusterCollapsed(doc, 'clus1aaaaaaaaa', true)
        moveCluster(doc, 'clus1aaaaaaaaa', 1, 1)
        setNotesCluster(doc, [NOTES[0]!], null)
        dissolveCluster(doc, 'clus1aaaaaaaaa')
      }),
    ).toBeNull()
  })

  const cluster = (doc: Y.Doc) => childMap(clustersMap(doc), 'clus1aaaaaaaaa')!
  const setup = (doc: Y.Doc) => {
    createNote(doc, { id: NOTES[0], laneId: 'health', x: 0, y: 0 }, ana)
    createCluster(doc, { id: 'clus1aaaaaaaaa', name: 'A' }, ana)
  }
  it.each<[string, (doc: Y.Doc) => void]>([
    ['an unknown key', (doc) => cluster(doc).set('evil', 1)],
    ['an overlong name', (doc) => cluster(doc).set('name', 'x'.repeat(81))],
    ['a bad colour', (doc) => cluster(doc).set('color', 'red')],
    ['a map in a field', (doc) => cluster(doc).set('name', new Y.Map())],
    ['a non-map entry', (doc) => clustersMap(doc).set('clus2aaaaaaaaa', 'x')],
    ['a malformed id', (doc) => createCluster(doc, { id: '<b>', name: 'A' }, ana)],
    [
      'a cluster id that is not a string',
      (doc) => childMap(notesMap(doc), NOTES[0]!)!.set('clusterId', 7),
    ],
  ])('refuses %s', (_name, change) => {
    expect(boardVerdict(setup, change)).not.toBeNull()
  })

  it(`holds at most ${CONTENT_LIMITS.clustersPerBoard} clusters`, () => {
    const full = (doc: Y.Doc) => {
      for (let i = 0; i < CONTENT_LIMITS.clustersPerBoard; i++) {
        createCluster(doc, { id: `clus${String(i).padStart(10, '0')}`, name: `${i}` }, ana)
      }
    }
    expect(boardVerdict(() => {}, full)).toBeNull()
    expect(
      boardVerdict(full, (doc) => createCluster(doc, { id: 'clusextraaaaaa', name: 'x' }, ana)),
    ).toBe(`a board holds at most ${CONTENT_LIMITS.clustersPerBoard} clusters`)
  })
})
