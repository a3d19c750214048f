import * as Y from 'yjs'
import { childMap, clustersMap, notesMap } from './board-doc.js'
import { readCluster } from './cluster-read.js'
import { newId } from './ids.js'
import { clampCoordinate } from './layout.js'
import { readNotes } from './notes.js'
import { CommandOrigin } from './origins.js'
import { CLUSTER_NAME_MAX_LENGTH, type Author } from './records.js'

/*
 * Clusters: named groups of notes in a room's board document. A cluster is one Y.Map under the
 * `clusters` root; membership is the note's own `clusterId` field, so a note belongs to at most one
 * cluster whatever edits race, and a cluster holds no list of notes that could name deleted ones.
 * Each command is one transaction (one undo step, one update on the wire).
 */

/** What a new cluster needs. */
export interface NewCluster {
  readonly name: string
  /** The notes that join it (leaving any cluster they were in). */
  readonly noteIds?: readonly string[]
  readonly color?: string | null
  /** Supply an id to make creation idempotent; a fresh one otherwise. */
  readonly id?: string
}

/** Writes `clusterId` on each existing note (deleting the field for null); how many changed. */
function assignNotes(
  doc: Y.Doc,
  noteIds: readonly string[],
  clusterId: string | null,
  now: number,
) {
  let changed = 0
  for (const noteId of noteIds) {
    const map = childMap(notesMap(doc), noteId)
    if (!map) continue
    if ((map.get('clusterId') ?? null) === clusterId) continue
    if (clusterId === null) map.delete('clusterId')
    else map.set('clusterId', clusterId)
    map.set('updatedAt', now)
    changed++
  }
  return changed
}

/** Makes a cluster of the given notes, in one transaction, and returns its id. */
export function createCluster(
  doc: Y.Doc,
  input: NewCluster,
  author: Author,
  now = Date.now(),
): string {
  const id = input.id ?? newId()
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    map.set('name', input.name.slice(0, CLUSTER_NAME_MAX_LENGTH))
    map.set('color', input.color ?? null)
    map.set('collapsed', false)
    map.set('createdAt', now)
    map.set('createdBy', author.id)
    clustersMap(doc).set(id, map)
    assignNotes(doc, input.noteIds ?? [], id, now)
  }, new CommandOrigin('cluster.create'))
  return id
}

function updateCluster(
  doc: Y.Doc,
  clusterId: string,
  origin: CommandOrigin,
  change: (map: Y.Map<unknown>) => void,
): boolean {
  const map = childMap(clustersMap(doc), clusterId)
  if (!map || !readCluster(doc, clusterId)) return false
  doc.transact(() => change(map), origin)
  return true
}

/** Renames a cluster (the pattern's name). False if it is gone. */
export function renameCluster(doc: Y.Doc, clusterId: string, name: string): boolean {
  return updateCluster(doc, clusterId, new CommandOrigin('cluster.rename'), (map) =>
    map.set('name', name.slice(0, CLUSTER_NAME_MAX_LENGTH)),
  )
}

/** Sets a cluster's colour (#rrggbb, or null for the default). False if it is gone. */
export function recolourCluster(doc: Y.Doc, clusterId: string, color: string | null): boolean {
  return updateCluster(doc, clusterId, new CommandOrigin('cluster.recolour'), (map) =>
    map.set('color', color),
  )
}

/** Collapses or expands a cluster. False if it is gone. */
export function setClusterCollapsed(doc: Y.Doc, clusterId: string, collapsed: boolean): boolean {
  return updateCluster(doc, clusterId, new CommandOrigin('cluster.collapse'), (map) =>
    map.set('collapsed', collapsed),
  )
}

/** The ids of the notes a cluster holds, as readers see them. */
export function clusterNoteIds(doc: Y.Doc, clusterId: string): string[] {
  return readNotes(doc)
    .filter((note) => note.clusterId === clusterId)
    .map((note) => note.id)
}

/**
 * Dissolves a cluster: its notes become unclustered and the cluster is deleted, in one
 * transaction. A note dropped in concurrently keeps a stale id, which readers show as none.
 * False if it is gone.
 */
export function dissolveCluster(doc: Y.Doc, clusterId: string, now = Date.now()): boolean {
  const clusters = clustersMap(doc)
  if (!clusters.has(clusterId)) return false
  doc.transact(() => {
    const members: string[] = []
    notesMap(doc).forEach((value, noteId) => {
      if (value instanceof Y.Map && value.get('clusterId') === clusterId) members.push(noteId)
    })
    assignNotes(doc, members, null, now)
    clusters.delete(clusterId)
  }, new CommandOrigin('cluster.dissolve'))
  return true
}

/**
 * Puts the notes into a cluster (leaving any other), or out of every cluster with null, in one
 * transaction; the number of notes changed. Nothing changes when the cluster is gone.
 */
export function setNotesCluster(
  doc: Y.Doc,
  noteIds: readonly string[],
  clusterId: string | null,
  now = Date.now(),
): number {
  if (clusterId !== null && !readCluster(doc, clusterId)) return 0
  let changed = 0
  doc.transact(() => {
    changed = assignNotes(doc, noteIds, clusterId, now)
  }, new CommandOrigin('notes.cluster'))
  return changed
}

/** Moves a cluster's notes by (dx, dy) in their lanes, in one transaction; how many moved. */
export function moveCluster(
  doc: Y.Doc,
  clusterId: string,
  dx: number,
  dy: number,
  now = Date.now(),
): number {
  const members = clusterNoteIds(doc, clusterId)
  if (members.length === 0) return 0
  doc.transact(() => {
    for (const noteId of members) {
      const map = childMap(notesMap(doc), noteId)!
      map.set('x', clampCoordinate(Number(map.get('x')) + dx))
      map.set('y', clampCoordinate(Number(map.get('y')) + dy))
      map.set('updatedAt', now)
    }
  }, new CommandOrigin('cluster.move'))
  return members.length
}
