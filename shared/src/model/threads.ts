import * as Y from 'yjs'
import { childMap, notesMap, threadsMap } from './board-doc.js'
import { newId } from './ids.js'
import { CommandOrigin } from './origins.js'
import {
  THREAD_LABEL_MAX_LENGTH,
  threadSchema,
  type Author,
  type Thread,
  type ThreadKind,
} from './records.js'

function threadFromMap(id: string, map: Y.Map<unknown>): Thread | undefined {
  const parsed = threadSchema.safeParse({
    id,
    from: map.get('from'),
    to: map.get('to'),
    label: map.get('label') ?? '',
    kind: map.get('kind') ?? 'connection',
    authorId: map.get('authorId') ?? null,
    authorSeal: map.get('authorSeal') ?? null,
    createdAt: map.get('createdAt'),
  })
  return parsed.success ? parsed.data : undefined
}

/**
 * All well-formed threads whose two notes both exist (a thread left dangling by a concurrent
 * note deletion is not shown), ordered by creation time.
 */
export function readThreads(doc: Y.Doc): Thread[] {
  const notes = notesMap(doc)
  const threads: Thread[] = []
  threadsMap(doc).forEach((value, id) => {
    if (!(value instanceof Y.Map)) return
    const thread = threadFromMap(id, value as Y.Map<unknown>)
    if (thread && notes.has(thread.from) && notes.has(thread.to)) threads.push(thread)
  })
  return threads.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
}

/** Reads one thread; undefined when missing or malformed. */
export function readThread(doc: Y.Doc, threadId: string): Thread | undefined {
  const map = childMap(threadsMap(doc), threadId)
  return map ? threadFromMap(threadId, map) : undefined
}

/** What a new thread needs. */
export interface NewThread {
  from: string
  to: string
  label?: string
  kind?: ThreadKind
  id?: string
}

/**
 * Weaves a thread between two existing, distinct notes and returns its id; null when either note
 * is missing, they are the same note, or the two are already joined (in either direction).
 */
export function createThread(
  doc: Y.Doc,
  input: NewThread,
  author: Author,
  now = Date.now(),
): string | null {
  const notes = notesMap(doc)
  if (input.from === input.to || !notes.has(input.from) || !notes.has(input.to)) return null
  const existing = readThreads(doc).find(
    (thread) =>
      (thread.from === input.from && thread.to === input.to) ||
      (thread.from === input.to && thread.to === input.from),
  )
  if (existing) return null
  const id = input.id ?? newId()
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    map.set('from', input.from)
    map.set('to', input.to)
    map.set('label', (input.label ?? '').slice(0, THREAD_LABEL_MAX_LENGTH))
    map.set('kind', input.kind ?? 'connection')
    map.set('authorId', author.id)
    if (author.seal) map.set('authorSeal', author.seal)
    map.set('createdAt', now)
    threadsMap(doc).set(id, map)
  }, new CommandOrigin('thread.create'))
  return id
}

/**
 * Writes a thread exactly as given (id, author and time included) in one transaction, replacing
 * any thread with that id: how an import puts an exported board back. Unlike createThread it
 * does not check the notes; readThreads hides a thread whose notes are missing.
 */
export function restoreThread(doc: Y.Doc, thread: Thread): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    map.set('from', thread.from)
    map.set('to', thread.to)
    map.set('label', thread.label.slice(0, THREAD_LABEL_MAX_LENGTH))
    map.set('kind', thread.kind)
    map.set('authorId', thread.authorId)
    if (thread.authorSeal) map.set('authorSeal', thread.authorSeal)
    map.set('createdAt', thread.createdAt)
    threadsMap(doc).set(thread.id, map)
  }, new CommandOrigin('thread.restore'))
}

/** Sets a thread's label and, optionally, its kind. False if the thread is gone. */
export function relabelThread(
  doc: Y.Doc,
  threadId: string,
  label: string,
  kind?: ThreadKind,
): boolean {
  const map = childMap(threadsMap(doc), threadId)
  if (!map) return false
  doc.transact(() => {
    map.set('label', label.slice(0, THREAD_LABEL_MAX_LENGTH))
    if (kind) map.set('kind', kind)
  }, new CommandOrigin('thread.relabel'))
  return true
}

/** Deletes a thread. False if it is gone. */
export function deleteThread(doc: Y.Doc, threadId: string): boolean {
  const threads = threadsMap(doc)
  if (!threads.has(threadId)) return false
  doc.transact(() => threads.delete(threadId), new CommandOrigin('thread.delete'))
  return true
}
