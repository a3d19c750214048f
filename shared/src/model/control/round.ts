import * as Y from 'yjs'
import * as z from 'zod/mini'
import { controlMap } from '../board-doc.js'
import { CommandOrigin } from '../origins.js'
import { readMapAs, writeMap } from './read.js'

/** How participants write during a round. */
export const WRITING_MODES = ['open', 'private'] as const
/** open: notes go straight to the shared board; private: only the author sees them until reveal. */
export type WritingMode = (typeof WRITING_MODES)[number]

/** Longest prompt text. */
export const PROMPT_MAX_LENGTH = 500
/** Longest round duration. */
export const ROUND_MAX_DURATION_MS = 4 * 60 * 60 * 1000

/** The current reflection round, as the server writes it in the control document. */
export const roundSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  prompt: z.string(),
  mode: z.enum(WRITING_MODES),
  /** Rooms the round runs in; null means every room. */
  roomIds: z.nullable(z.array(z.string())),
  durationMs: z.number().check(z.nonnegative()),
  status: z.enum(['running', 'paused', 'ended']),
  /** Server time (ms) when the round started. */
  startedAt: z.number(),
  /** Server time (ms) when a running round ends. */
  endsAt: z.number(),
  /** Time left when paused, in ms. */
  remainingMs: z.number().check(z.nonnegative()),
  endedAt: z.nullable(z.number()),
  /** When the private notes of the round were revealed (null until then). */
  revealedAt: z.nullable(z.number()),
  anonymised: z.boolean(),
})
/** A reflection round. */
export type Round = z.infer<typeof roundSchema>

/** A past or current round, kept so notes can be filtered and grouped by round. */
export const roundSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  prompt: z.string(),
  mode: z.enum(WRITING_MODES),
  startedAt: z.number(),
  endedAt: z.nullable(z.number()),
})
/** A round in the history. */
export type RoundSummary = z.infer<typeof roundSummarySchema>

/** The current round, or null when none was ever started. */
export function readRound(doc: Y.Doc): Round | null {
  const map = controlMap(doc, 'round')
  if (map.size === 0) return null
  return readMapAs(map, roundSchema) ?? null
}

/** Every round started in this workshop, oldest first. */
export function readRoundHistory(doc: Y.Doc): RoundSummary[] {
  const rounds: RoundSummary[] = []
  controlMap(doc, 'rounds').forEach((value, id) => {
    if (!(value instanceof Y.Map)) return
    const summary = readMapAs(value as Y.Map<unknown>, roundSummarySchema)
    if (summary && summary.id === id) rounds.push(summary)
  })
  return rounds.sort((a, b) => a.startedAt - b.startedAt)
}

/** Milliseconds left in a round at server time `serverNow` (0 when ended). */
export function remainingMs(round: Round, serverNow: number): number {
  if (round.status === 'ended') return 0
  if (round.status === 'paused') return round.remainingMs
  return Math.max(0, round.endsAt - serverNow)
}

/** True when `roomId` takes part in the round. */
export function roundIncludesRoom(round: Round, roomId: string): boolean {
  return round.roomIds === null || round.roomIds.includes(roomId)
}

/** True while participants in `roomId` write privately (a private round that is not yet revealed). */
export function isPrivateWritingOpen(round: Round | null, roomId: string): boolean {
  return (
    round !== null &&
    round.mode === 'private' &&
    round.revealedAt === null &&
    round.status !== 'ended' &&
    roundIncludesRoom(round, roomId)
  )
}

/** Writes the current round and its summary in one transaction (the server calls this). */
export function writeRound(doc: Y.Doc, round: Round): void {
  doc.transact(() => {
    writeMap(controlMap(doc, 'round'), { ...round })
    const summaries = controlMap(doc, 'rounds')
    let summary = summaries.get(round.id)
    if (!(summary instanceof Y.Map)) {
      summary = new Y.Map<unknown>()
      summaries.set(round.id, summary)
    }
    const { id, title, prompt, mode, startedAt, endedAt } = round
    writeMap(summary as Y.Map<unknown>, { id, title, prompt, mode, startedAt, endedAt })
  }, new CommandOrigin('round.change'))
}

/**
 * Writes past rounds into the round history (not the current round) in one transaction: how an
 * import brings back the rounds its notes refer to.
 */
export function restoreRoundHistory(doc: Y.Doc, rounds: readonly RoundSummary[]): void {
  doc.transact(() => {
    const summaries = controlMap(doc, 'rounds')
    for (const { id, title, prompt, mode, startedAt, endedAt } of rounds) {
      const summary = new Y.Map<unknown>()
      summaries.set(id, summary)
      writeMap(summary, { id, title, prompt, mode, startedAt, endedAt })
    }
  }, new CommandOrigin('round.restore'))
}
