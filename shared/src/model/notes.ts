import * as Y from 'yjs'
import { simpleDiffString } from 'lib0/diff'
import { childMap, notesMap, threadsMap } from './board-doc.js'
import { clampCoordinate, clampNoteSize, NOTE_HEIGHT, NOTE_WIDTH } from './layout.js'
import { CommandOrigin } from './origins.js'
import { NOTE_TEXT_MAX_LENGTH, noteSchema, type Author, type Note } from './records.js'
import { newId } from './ids.js'
import { compareNotes } from './note-changes.js'
import { clusterExists, readClusters } from './cluster-read.js'

/** What a new note needs; the id, times and author are filled in. */
export interface NewNote {
  laneId: string
  x: number
  y: number
  text?: string
  width?: number
  height?: number
  color?: string | null
  /** The round the note answers (tagged by the client while a round runs). */
  roundId?: string | null
  /** Where a harvested note came from. */
  origin?: { roomId: string; noteId: string } | null
  /** The cluster the note joins (none by default). */
  clusterId?: string | null
  /** Supply an id to make creation idempotent (e.g. retries); a fresh one otherwise. */
  id?: string
}

function readText(value: unknown): string | undefined {
  if (value instanceof Y.Text) return value.toString()
  return undefined
}

/** Reads one note; undefined when it is missing or malformed (readers skip rather than crash). */
export function readNote(doc: Y.Doc, noteId: string): Note | undefined {
  const map = childMap(notesMap(doc), noteId)
  return map ? noteFromMap(noteId, map, (id) => clusterExists(doc, id)) : undefined
}

function noteFromMap(
  id: string,
  map: Y.Map<unknown>,
  clusterExists: (clusterId: string) => boolean,
): Note | undefined {
  const clusterId = map.get('clusterId') ?? null
  const parsed = noteSchema.safeParse({
    id,
    laneId: map.get('laneId'),
    x: map.get('x'),
    y: map.get('y'),
    width: map.get('width'),
    height: map.get('height'),
    text: readText(map.get('text')),
    color: map.get('color') ?? null,
    authorId: map.get('authorId') ?? null,
    authorName: map.get('authorName') ?? null,
    authorSector: map.get('authorSector') ?? null,
    authorSeal: map.get('authorSeal') ?? null,
    roundId: map.get('roundId') ?? null,
    originRoomId: map.get('originRoomId') ?? null,
    originNoteId: map.get('originNoteId') ?? null,
    // A string naming no cluster reads as none; anything else is left for the schema to refuse.
    clusterId: typeof clusterId === 'string' && !clusterExists(clusterId) ? null : clusterId,
    createdAt: map.get('createdAt'),
    updatedAt: map.get('updatedAt'),
  })
  return parsed.success ? parsed.data : undefined
}

/** All well-formed notes of a board, ordered by creation time (then id, for a stable order). */
export function readNotes(doc: Y.Doc): Note[] {
  const notes: Note[] = []
  const clusterIds = new Set(readClusters(doc).map((cluster) => cluster.id))
  const exists = (clusterId: string) => clusterIds.has(clusterId)
  notesMap(doc).forEach((value, id) => {
    if (!(value instanceof Y.Map)) return
    const note = noteFromMap(id, value as Y.Map<unknown>, exists)
    if (note) notes.push(note)
  })
  return notes.sort(compareNotes)
}

/** Creates a note in one transaction and returns its id. */
export function createNote(doc: Y.Doc, input: NewNote, author: Author, now = Date.now()): string {
  const id = input.id ?? newId()
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    const text = new Y.Text()
    text.insert(0, (input.text ?? '').slice(0, NOTE_TEXT_MAX_LENGTH))
    map.set('laneId', input.laneId)
    map.set('x', clampCoordinate(input.x))
    map.set('y', clampCoordinate(input.y))
    map.set('width', clampNoteSize(input.width ?? NOTE_WIDTH))
    map.set('height', clampNoteSize(input.height ?? NOTE_HEIGHT))
    map.set('text', text)
    map.set('color', input.color ?? null)
    map.set('authorId', author.id)
    map.set('authorName', author.name)
    map.set('authorSector', author.sector)
    if (author.seal) map.set('authorSeal', author.seal)
    map.set('roundId', input.roundId ?? null)
    if (input.origin) {
      map.set('originRoomId', input.origin.roomId)
      map.set('originNoteId', input.origin.noteId)
    }
    // Written only when set: most notes never join a cluster.
    if (input.clusterId) map.set('clusterId', input.clusterId)
    map.set('createdAt', now)
    map.set('updatedAt', now)
    notesMap(doc).set(id, map)
  }, new CommandOrigin('note.create'))
  return id
}

/**
 * Writes a note exactly as given (id, author, round, origin and times included) in one
 * transaction, replacing any note with that id: how an import puts an exported board back.
 * Coordinates, size and text are clamped like createNote's, so an import cannot exceed them.
 */
export function restoreNote(doc: Y.Doc, note: Note): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    const text = new Y.Text()
    text.insert(0, note.text.slice(0, NOTE_TEXT_MAX_LENGTH))
    map.set('laneId', note.laneId)
    map.set('x', clampCoordinate(note.x))
    map.set('y', clampCoordinate(note.y))
    map.set('width', clampNoteSize(note.width))
    map.set('height', clampNoteSize(note.height))
    map.set('text', text)
    map.set('color', note.color)
    map.set('authorId', note.authorId)
    map.set('authorName', note.authorName)
    map.set('authorSector', note.authorSector)
    if (note.authorSeal) map.set('authorSeal', note.authorSeal)
    map.set('roundId', note.roundId)
    // Same shape as createNote: the origin fields exist only on harvested notes.
    if (note.originRoomId !== null && note.originNoteId !== null) {
      map.set('originRoomId', note.originRoomId)
      map.set('originNoteId', note.originNoteId)
    }
    if (note.clusterId) map.set('clusterId', note.clusterId)
    map.set('createdAt', note.createdAt)
    map.set('updatedAt', note.updatedAt)
    notesMap(doc).set(note.id, map)
  }, new CommandOrigin('note.restore'))
}

function updateNote(
  doc: Y.Doc,
  noteId: string,
  origin: CommandOrigin,
  change: (map: Y.Map<unknown>) => void,
  now: number,
): boolean {
  const map = childMap(notesMap(doc), noteId)
  if (!map) return false
  doc.transact(() => {
    change(map)
    map.set('updatedAt', now)
  }, origin)
  return true
}

/** Moves a note to a lane-relative position (possibly in another lane). False if it is gone. */
export function moveNote(
  doc: Y.Doc,
  noteId: string,
  to: { laneId: string; x: number; y: number },
  now = Date.now(),
): boolean {
  return updateNote(
    doc,
    noteId,
    new CommandOrigin('note.move'),
    (map) => {
      if (map.get('laneId') !== to.laneId) map.set('laneId', to.laneId)
      map.set('x', clampCoordinate(to.x))
      map.set('y', clampCoordinate(to.y))
    },
    now,
  )
}

/** Resizes a note (clamped to the allowed sizes). False if it is gone. */
export function resizeNote(
  doc: Y.Doc,
  noteId: string,
  size: { width: number; height: number },
  now = Date.now(),
): boolean {
  return updateNote(
    doc,
    noteId,
    new CommandOrigin('note.resize'),
    (map) => {
      map.set('width', clampNoteSize(size.width))
      map.set('height', clampNoteSize(size.height))
    },
    now,
  )
}

/**
 * Makes a note's text equal `text` by the smallest splice, so that concurrent typing by someone
 * else in another part of the note survives. False if the note is gone.
 */
export function editNoteText(doc: Y.Doc, noteId: string, text: string, now = Date.now()): boolean {
  const map = childMap(notesMap(doc), noteId)
  const ytext = map?.get('text')
  if (!(ytext instanceof Y.Text)) return false
  const next = text.slice(0, NOTE_TEXT_MAX_LENGTH)
  const diff = simpleDiffString(ytext.toString(), next)
  if (diff.remove === 0 && diff.insert === '') return true
  return updateNote(
    doc,
    noteId,
    new CommandOrigin('note.edit'),
    () => {
      if (diff.remove > 0) ytext.delete(diff.index, diff.remove)
      if (diff.insert !== '') ytext.insert(diff.index, diff.insert)
    },
    now,
  )
}

/** Sets a note's colour (null returns to its author's sector colour). False if it is gone. */
export function recolourNote(
  doc: Y.Doc,
  noteId: string,
  color: string | null,
  now = Date.now(),
): boolean {
  return updateNote(
    doc,
    noteId,
    new CommandOrigin('note.recolour'),
    (map) => map.set('color', color),
    now,
  )
}

/** Deletes a note and every thread attached to it, in one transaction. False if it is gone. */
export function deleteNote(doc: Y.Doc, noteId: string): boolean {
  const notes = notesMap(doc)
  if (!notes.has(noteId)) return false
  doc.transact(() => {
    notes.delete(noteId)
    const threads = threadsMap(doc)
    threads.forEach((thread, threadId) => {
      if (!(thread instanceof Y.Map)) return
      if (thread.get('from') === noteId || thread.get('to') === noteId) threads.delete(threadId)
    })
  }, new CommandOrigin('note.delete'))
  return true
}

/**
 * Replaces the author id of a note posted anonymously by a sealed link to its author (notes
 * written before anonymous notes went through the server kept the id). False if it is gone.
 */
export function sealNoteAuthor(doc: Y.Doc, noteId: string, seal: string): boolean {
  const map = childMap(notesMap(doc), noteId)
  if (!map) return false
  doc.transact(() => {
    map.set('authorId', null)
    map.set('authorSeal', seal)
  }, new CommandOrigin('note.seal'))
  return true
}
