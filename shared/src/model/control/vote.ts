import type * as Y from 'yjs'
import * as z from 'zod/mini'
import { controlMap } from '../board-doc.js'
import { CommandOrigin } from '../origins.js'
import { readMapAs, writeMap } from './read.js'

/** Most dots a facilitator can give each person. */
export const MAX_DOTS_PER_PERSON = 20

/**
 * The current dot vote as everyone sees it. While it is open nobody sees counts (the server keeps
 * the dots); when the facilitator closes it, `results` holds the count per note.
 */
export const voteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  status: z.enum(['open', 'closed']),
  dotsPerPerson: z.int().check(z.gte(1), z.lte(MAX_DOTS_PER_PERSON)),
  /** Only notes of this round can get dots; null means every note of the room. */
  roundId: z.nullable(z.string()),
  openedAt: z.number(),
  closedAt: z.nullable(z.number()),
  results: z.nullable(z.record(z.string(), z.int().check(z.nonnegative()))),
})
/** A dot vote. */
export type Vote = z.infer<typeof voteSchema>

/** The current (or last) vote; null when none was ever opened. */
export function readVote(doc: Y.Doc): Vote | null {
  const map = controlMap(doc, 'vote')
  if (map.size === 0) return null
  return readMapAs(map, voteSchema) ?? null
}

/** Writes the current vote (the server calls this when a vote opens and closes). */
export function writeVote(doc: Y.Doc, vote: Vote): void {
  doc.transact(
    () => writeMap(controlMap(doc, 'vote'), { ...vote }),
    new CommandOrigin('vote.change'),
  )
}

/** Notes ranked by votes, most first (ties by note id for a stable order). */
export function rankByVotes(
  results: Record<string, number>,
): Array<{ noteId: string; votes: number }> {
  return Object.entries(results)
    .map(([noteId, votes]) => ({ noteId, votes }))
    .sort((a, b) => b.votes - a.votes || (a.noteId < b.noteId ? -1 : 1))
}
