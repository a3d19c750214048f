import * as Y from 'yjs'
import {
  BOARD_ROOTS,
  CONTROL_ROOTS,
  clustersMap,
  notesMap,
  threadsMap,
} from '../model/board-doc.js'
import { readCluster } from '../model/cluster-read.js'
import { ID_PATTERN } from '../model/ids.js'
import { readNote } from '../model/notes.js'
import { clusterSchema } from '../model/records.js'
import { readThread } from '../model/threads.js'
import type { DocKind } from '../protocol/doc-names.js'
import { CONTENT_LIMITS, growsPast } from './content-limits.js'
import { controlEntriesRefusal } from './control-content.js'

export { CONTENT_LIMITS } from './content-limits.js'

/** Checks one transaction's changes to a document; a short reason when they are refused. */
export type ContentRule = (doc: Y.Doc, transaction: Y.Transaction) => string | null

/** The content rule for a kind of document. */
export function contentRuleFor(kind: DocKind): ContentRule {
  return kind === 'control' ? controlContentRefusal : boardContentRefusal
}

const BOARD_ROOT_NAMES: ReadonlySet<string> = new Set(Object.values(BOARD_ROOTS))
const CONTROL_ROOT_NAMES: ReadonlySet<string> = new Set(Object.values(CONTROL_ROOTS))
const NOTE_FIELDS: ReadonlySet<string> = new Set([
  'laneId',
  'x',
  'y',
  'width',
  'height',
  'text',
  'color',
  'authorId',
  'authorName',
  'authorSector',
  'authorSeal',
  'roundId',
  'originRoomId',
  'originNoteId',
  'clusterId',
  'createdAt',
  'updatedAt',
])
const THREAD_FIELDS: ReadonlySet<string> = new Set([
  'from',
  'to',
  'label',
  'kind',
  'authorId',
  'authorSeal',
  'createdAt',
])
// A cluster's id is its key in the root, not a field.
const CLUSTER_FIELDS: ReadonlySet<string> = new Set(
  Object.keys(clusterSchema.shape).filter((key) => key !== 'id'),
)

/** A room board or a draft: notes and threads of the model's shape, within the limits. */
export function boardContentRefusal(doc: Y.Doc, transaction: Y.Transaction): string | null {
  const general = structureRefusal(doc, transaction, BOARD_ROOT_NAMES)
  if (general) return general
  // Read before the roots are fetched as maps: that can replace a root's object (see touchedEntries).
  const touched = touchedEntries(doc, transaction)
  const notes = notesMap(doc)
  const threads = threadsMap(doc)
  for (const id of touched.get(BOARD_ROOTS.notes) ?? []) {
    const refusal = noteRefusal(doc, notes, id)
    if (refusal) return refusal
  }
  for (const id of touched.get(BOARD_ROOTS.threads) ?? []) {
    const refusal = threadRefusal(doc, threads, id)
    if (refusal) return refusal
  }
  const clusters = clustersMap(doc)
  const clustersTouched = touched.get(BOARD_ROOTS.clusters) ?? []
  for (const id of clustersTouched) {
    const refusal = clusterRefusal(doc, clusters, id)
    if (refusal) return refusal
  }
  if (growsPast(clusters, clustersTouched, transaction, CONTENT_LIMITS.clustersPerBoard)) {
    return `a board holds at most ${CONTENT_LIMITS.clustersPerBoard} clusters`
  }
  const notesTouched = touched.get(BOARD_ROOTS.notes) ?? []
  if (growsPast(notes, notesTouched, transaction, CONTENT_LIMITS.notesPerBoard)) {
    return `a board holds at most ${CONTENT_LIMITS.notesPerBoard} notes`
  }
  const threadsTouched = touched.get(BOARD_ROOTS.threads) ?? []
  if (growsPast(threads, threadsTouched, transaction, CONTENT_LIMITS.threadsPerBoard)) {
    return `a board holds at most ${CONTENT_LIMITS.threadsPerBoard} threads`
  }
  return null
}

/**
 * The workshop's control document: its known roots, and in each only the keys Weave writes (lanes
 * of the model's shape, within the limit).
 */
export function controlContentRefusal(doc: Y.Doc, transaction: Y.Transaction): string | null {
  const general = structureRefusal(doc, transaction, CONTROL_ROOT_NAMES)
  if (general) return general
  return controlEntriesRefusal(doc, transaction, touchedEntries(doc, transaction))
}

/**
 * What holds for every document: everything new sits under a known root, as an entry of a map
 * (every root is one) or an item of a list, nests at most CONTENT_LIMITS.nesting deep, and is
 * plain values, maps, arrays or unformatted text (no binary blobs, sub-documents, embeds,
 * formatting, XML or legacy JSON content).
 */
function structureRefusal(
  doc: Y.Doc,
  transaction: Y.Transaction,
  roots: ReadonlySet<string>,
): string | null {
  for (const type of transaction.changed.keys()) {
    const root = rootOf(type)
    if (root === null || !roots.has(rootName(doc, root) ?? '')) return 'unknown content'
  }
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0
    if (after <= before) continue
    const structs = doc.store.clients.get(client) ?? []
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i]!
      if (struct.id.clock >= after) break
      if (!(struct instanceof Y.Item) || struct.deleted) continue
      const refusal = itemRefusal(doc, struct, roots)
      if (refusal) return refusal
    }
  }
  return null
}

function itemRefusal(doc: Y.Doc, item: Y.Item, roots: ReadonlySet<string>): string | null {
  const content = item.content
  const plain =
    content instanceof Y.ContentAny ||
    content instanceof Y.ContentString ||
    content instanceof Y.ContentDeleted ||
    (content instanceof Y.ContentType && isPlainType(content.type))
  if (!plain) return 'unsupported content (binary, sub-document, embed, formatting or XML)'
  const container = item.parent
  if (!(container instanceof Y.AbstractType)) return 'unknown content'
  // Every root is a map. A list item in a map (or a keyed entry in a list or a text) is stored and
  // sent to everyone, yet no reader ever sees it.
  const inMap = container._item === null || container.constructor === Y.Map
  if (inMap !== (item.parentSub !== null)) return 'list content in a map, or map content in a list'
  let depth = 0
  let parent: Y.Item['parent'] = container
  while (parent instanceof Y.AbstractType && parent._item !== null) {
    if (++depth > CONTENT_LIMITS.nesting) return 'content nested too deeply'
    parent = parent._item.parent
  }
  if (!(parent instanceof Y.AbstractType)) return 'unknown content'
  return roots.has(rootName(doc, parent) ?? '') ? null : 'unknown content'
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its type tree with any
function isPlainType(type: Y.AbstractType<any>): boolean {
  // Exact classes: Weave writes no XML types, and YXmlText is a Y.Text underneath.
  return type.constructor === Y.Map || type.constructor === Y.Array || type.constructor === Y.Text
}

/**
 * For each root (by name), the keys of its entries this transaction changed: the entry itself, or
 * anything inside it; a list insertion into a root map shows as key `null`. By name, because a root
 * that arrived in an update before anyone asked for it as a map is a plain type until then, and
 * `doc.getMap` replaces that object: the transaction still holds the old one.
 */
function touchedEntries(doc: Y.Doc, transaction: Y.Transaction): Map<string, Set<string | null>> {
  const touched = new Map<string, Set<string | null>>()
  const add = (root: string | null, key: string | null) => {
    if (root === null) return
    let keys = touched.get(root)
    if (!keys) touched.set(root, (keys = new Set()))
    keys.add(key)
  }
  transaction.changed.forEach((keys, type) => {
    if (type._item === null) {
      const root = rootName(doc, type)
      return keys.forEach((key) => add(root, key))
    }
    // Inside an entry: climb to the item that sits directly in a root.
    let item: Y.Item | null = type._item
    while (item !== null) {
      const parent: unknown = item.parent
      if (!(parent instanceof Y.AbstractType)) return
      if (parent._item === null) return add(rootName(doc, parent), item.parentSub)
      item = parent._item
    }
  })
  return touched
}

function noteRefusal(doc: Y.Doc, notes: Y.Map<unknown>, id: string | null): string | null {
  if (id === null || !ID_PATTERN.test(id)) return 'malformed note'
  const map = notes.get(id)
  if (map === undefined) return null // deleted
  if (!(map instanceof Y.Map) || hasListPart(map)) return 'malformed note'
  for (const field of map.keys()) if (!NOTE_FIELDS.has(field)) return 'malformed note'
  const text = map.get('text')
  if (!(text instanceof Y.Text) || hasListPart(text._map)) return 'malformed note'
  if (text.length > CONTENT_LIMITS.noteTextLength) {
    return `a note holds at most ${CONTENT_LIMITS.noteTextLength} characters`
  }
  const clusterId = map.get('clusterId')
  if (clusterId !== undefined && clusterId !== null) {
    if (typeof clusterId !== 'string' || !ID_PATTERN.test(clusterId)) return 'malformed note'
  }
  return readNote(doc, id) ? null : 'malformed note'
}

function clusterRefusal(doc: Y.Doc, clusters: Y.Map<unknown>, id: string | null): string | null {
  if (id === null || !ID_PATTERN.test(id)) return 'malformed cluster'
  const map = clusters.get(id)
  if (map === undefined) return null // dissolved
  if (!(map instanceof Y.Map) || hasListPart(map)) return 'malformed cluster'
  for (const [field, value] of map.entries()) {
    if (!CLUSTER_FIELDS.has(field) || value instanceof Y.AbstractType) return 'malformed cluster'
  }
  return readCluster(doc, id) ? null : 'malformed cluster'
}

function threadRefusal(doc: Y.Doc, threads: Y.Map<unknown>, id: string | null): string | null {
  if (id === null || !ID_PATTERN.test(id)) return 'malformed thread'
  const map = threads.get(id)
  if (map === undefined) return null
  if (!(map instanceof Y.Map) || hasListPart(map)) return 'malformed thread'
  for (const field of map.keys()) if (!THREAD_FIELDS.has(field)) return 'malformed thread'
  return readThread(doc, id) ? null : 'malformed thread'
}

/**
 * True when a map holds list content, or (given a Y.Text's attribute map) formatting attributes:
 * neither is anything Weave writes.
 */
function hasListPart(map: Y.Map<unknown> | Map<string, Y.Item>): boolean {
  if (map instanceof Y.Map) {
    for (let item = map._start; item !== null; item = item.right) if (!item.deleted) return true
    return false
  }
  for (const item of map.values()) if (!item.deleted) return true
  return false
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its type tree with any
function rootOf(type: Y.AbstractType<any>): Y.AbstractType<any> | null {
  let current = type
  while (current._item !== null) {
    const parent = current._item.parent
    if (!(parent instanceof Y.AbstractType)) return null
    current = parent
  }
  return current
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its type tree with any
function rootName(doc: Y.Doc, root: Y.AbstractType<any>): string | null {
  for (const [name, type] of doc.share) if (type === root) return name
  return null
}
