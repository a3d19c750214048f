import type * as Y from 'yjs'
import { newId } from './ids.js'
import { CommandOrigin } from './origins.js'
import { createNote, deleteNote, moveNote, readNote, recolourNote } from './notes.js'
import type { Author } from './records.js'
import { tidyLayout, type TidyOptions } from './tidy-layout.js'

/*
 * Commands on many notes at once (a selection). Each is ONE transaction with one CommandOrigin, so
 * it is one undo step and one update on the wire, however many notes it touches. They reuse the
 * single-note commands: Yjs runs a nested transact inside the outer transaction. Notes that are
 * gone (deleted concurrently) are skipped; each returns what it did.
 */

/** Where one note of a bulk move goes: a lane and a lane-relative position. */
export interface NoteMove {
  readonly noteId: string
  readonly laneId: string
  readonly x: number
  readonly y: number
}

/** Moves every note to its own place, in one transaction; the number of notes moved. */
export function moveNotes(doc: Y.Doc, moves: readonly NoteMove[], now = Date.now()): number {
  let moved = 0
  if (moves.length === 0) return moved
  doc.transact(() => {
    for (const { noteId, ...to } of moves) if (moveNote(doc, noteId, to, now)) moved++
  }, new CommandOrigin('notes.move'))
  return moved
}

/** Gives every note the same colour (null: its sector's), in one transaction; how many changed. */
export function recolourNotes(
  doc: Y.Doc,
  noteIds: readonly string[],
  color: string | null,
  now = Date.now(),
): number {
  let changed = 0
  if (noteIds.length === 0) return changed
  doc.transact(() => {
    for (const noteId of noteIds) if (recolourNote(doc, noteId, color, now)) changed++
  }, new CommandOrigin('notes.recolour'))
  return changed
}

/** Deletes the notes and every thread attached to them, in one transaction; how many went. */
export function deleteNotes(doc: Y.Doc, noteIds: readonly string[]): number {
  let deleted = 0
  if (noteIds.length === 0) return deleted
  doc.transact(() => {
    for (const noteId of noteIds) if (deleteNote(doc, noteId)) deleted++
  }, new CommandOrigin('notes.delete'))
  return deleted
}

/** How duplicateNotes places and names the copies. */
export interface DuplicateOptions {
  /** How far each copy sits from its original, in canvas units (24, 24 by default). */
  readonly dx?: number
  readonly dy?: number
  /** Where the copies' ids come from (fresh random ids by default). */
  readonly newId?: () => string
}

/**
 * Copies the notes (text, lane, size, colour, cluster) next to their originals, as new notes by
 * `author`, in one transaction. Threads are not copied. Returns the copies' ids, in the order of
 * `noteIds` (missing notes skipped).
 */
export function duplicateNotes(
  doc: Y.Doc,
  noteIds: readonly string[],
  author: Author,
  options: DuplicateOptions = {},
  now = Date.now(),
): string[] {
  const copies: string[] = []
  if (noteIds.length === 0) return copies
  const { dx = 24, dy = 24 } = options
  doc.transact(() => {
    for (const noteId of noteIds) {
      const note = readNote(doc, noteId)
      if (!note) continue
      const copy = {
        id: options.newId?.() ?? newId(),
        laneId: note.laneId,
        x: note.x + dx,
        y: note.y + dy,
        text: note.text,
        width: note.width,
        height: note.height,
        color: note.color,
        clusterId: note.clusterId ?? null,
      }
      copies.push(createNote(doc, copy, author, now))
    }
  }, new CommandOrigin('notes.duplicate'))
  return copies
}

/**
 * Arranges the notes in a grid without overlaps inside their lanes (tidyLayout), in one
 * transaction; the number of notes placed.
 */
export function tidyNotes(
  doc: Y.Doc,
  noteIds: readonly string[],
  options: TidyOptions = {},
  now = Date.now(),
): number {
  const boxes = noteIds.flatMap((noteId) => readNote(doc, noteId) ?? [])
  const places = tidyLayout(boxes, options)
  if (places.size === 0) return 0
  let placed = 0
  doc.transact(() => {
    for (const [noteId, to] of places) if (moveNote(doc, noteId, to, now)) placed++
  }, new CommandOrigin('notes.tidy'))
  return placed
}
