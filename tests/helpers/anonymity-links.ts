import type * as Y from 'yjs'
import { notesMap, readNotes, readThreads, threadsMap } from '@weave/shared'
import { structClientsOf, type Recorder } from './recorder.js'

// What a curious participant can infer from a recording: the channels that could tie an anonymous
// note or thread to a person (docs/facilitation.md, "Anonymity").

/** Every client id any presence state was published under, and every participant id in them. */
export function presenceFacts(recorder: Recorder) {
  const participantIds = new Set<string>()
  const named = new Map<string, string>()
  const mentioned = new Set<string>()
  for (const states of recorder.presence.values()) {
    for (const state of states) {
      const s = state as {
        user?: { participantId: string; name: string }
        editing?: string | null
        selected?: string | null
      } | null
      if (!s?.user) continue
      participantIds.add(s.user.participantId)
      named.set(s.user.participantId, s.user.name)
      if (s.editing) mentioned.add(s.editing)
      if (s.selected) mentioned.add(s.selected)
    }
  }
  return { clientIds: new Set(recorder.presence.keys()), participantIds, named, mentioned }
}

/**
 * Tries every link from the recorder's copy of the board; returns what it could tie to whom.
 * Empty means the anonymous notes and threads could not be tied to anyone.
 */
export function linksFound(
  recorder: Recorder,
  namedClients: ReadonlyMap<number, string>,
): string[] {
  const doc = recorder.mirror
  const facts = presenceFacts(recorder)
  const found: string[] = []
  const anonymousNotes = readNotes(doc).filter((note) => note.authorName === null)
  const seals = new Set<string>()
  for (const note of anonymousNotes) {
    if (note.authorId !== null) found.push(`note ${note.id} carries author id ${note.authorId}`)
    const record = JSON.stringify((notesMap(doc).get(note.id) as Y.Map<unknown>).toJSON())
    for (const id of facts.participantIds) {
      if (record.includes(id)) found.push(`note ${note.id} contains participant id ${id}`)
    }
    if (note.authorSeal) {
      if (seals.has(note.authorSeal)) found.push(`two notes share seal ${note.authorSeal}`)
      seals.add(note.authorSeal)
    }
    const map = notesMap(doc).get(note.id) as Y.Map<unknown>
    for (const client of structClientsOf(map)) {
      if (facts.clientIds.has(client)) found.push(`note ${note.id} written by presence ${client}`)
      const writer = namedClients.get(client)
      if (writer) found.push(`note ${note.id} written by ${writer}'s client`)
    }
    if (facts.mentioned.has(note.id)) found.push(`presence names note ${note.id}`)
  }
  for (const thread of readThreads(doc)) {
    const ends = [thread.from, thread.to].map((id) => anonymousNotes.find((n) => n.id === id))
    const anonymous = thread.authorId === null
    if (!anonymous && !ends.some(Boolean)) continue
    if (anonymous) {
      const map = threadsMap(doc).get(thread.id) as Y.Map<unknown>
      for (const client of structClientsOf(map)) {
        if (facts.clientIds.has(client)) found.push(`thread ${thread.id} by presence ${client}`)
      }
    }
  }
  return found
}

/**
 * Which person's own client wrote each named note: client id → name, for the client ids that
 * publish presence (the server writes reveals and anonymous notes with client ids of its own).
 */
export function namedClientsOf(recorder: Recorder): Map<number, string> {
  const doc = recorder.mirror
  const clients = new Map<number, string>()
  for (const note of readNotes(doc)) {
    if (note.authorName === null) continue
    const map = notesMap(doc).get(note.id) as Y.Map<unknown>
    const client = map._item?.id.client
    if (client !== undefined && recorder.presence.has(client)) clients.set(client, note.authorName)
  }
  return clients
}
