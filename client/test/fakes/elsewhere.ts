import {
  createNote,
  createThread,
  writeRound,
  writeVote,
  type Author,
  type MyDots,
  type NewNote,
  type Round,
  type Vote,
} from '@weave/shared'
import type { FakeBoard } from './fake-board-session'

// What the server and the other people in the workshop write, as it reaches a fake board.

/** A round as the server writes it: running now in every room unless told otherwise. */
export function roundOf(partial: Partial<Round> = {}): Round {
  return {
    id: 'round-1',
    title: 'Barriers',
    prompt: 'What gets in the way?',
    mode: 'open',
    roomIds: null,
    durationMs: 300_000,
    status: 'running',
    startedAt: 1_000_000,
    endsAt: 1_300_000,
    remainingMs: 300_000,
    endedAt: null,
    revealedAt: null,
    anonymised: false,
    ...partial,
  }
}

/** A vote as the server writes it: open, 3 dots each, over every note. */
export function voteOf(partial: Partial<Vote> = {}): Vote {
  return {
    id: 'vote-1',
    status: 'open',
    dotsPerPerson: 3,
    roundId: null,
    openedAt: 1_000_000,
    closedAt: null,
    results: null,
    ...partial,
  }
}

/** This person's dots as the server answers them (vote-1, 3 dots each). */
export function myDotsOf(noteIds: string[], dotsLeft: number): MyDots {
  return { voteId: 'vote-1', dotsPerPerson: 3, noteIds, dotsLeft }
}

/** Writes the current round into the control document, as the server does. */
export function startRoundElsewhere(board: FakeBoard, partial: Partial<Round> = {}): Round {
  const round = roundOf(partial)
  board.elsewhereInControl((doc) => writeRound(doc, round))
  return round
}

/** Writes the current vote into the control document, as the server does. */
export function openVoteElsewhere(board: FakeBoard, partial: Partial<Vote> = {}): Vote {
  const vote = voteOf(partial)
  board.elsewhereInControl((doc) => writeVote(doc, vote))
  return vote
}

/** Someone else in the workshop: Sam, education sector. */
export const SAM: Author = { id: 'p-sam', name: 'Sam', sector: 'education' }

/** The fake board's own person, as an author (for notes they wrote before the test). */
export const MAYA: Author = { id: 'p-maya', name: 'Maya', sector: 'health' }

/** No one, as the server writes anonymous records (whose author only it knows). */
export const NOBODY: Author = { id: null, name: null, sector: null }

/** A note written elsewhere (by `author`, SAM by default); returns its id. */
export function noteElsewhere(
  board: FakeBoard,
  input: Partial<NewNote> = {},
  author: Author = SAM,
): string {
  let id = ''
  board.elsewhere((doc) => {
    id = createNote(
      doc,
      { laneId: 'health', x: 12, y: 80, text: 'From elsewhere', ...input },
      author,
    )
  })
  return id
}

/** A thread woven elsewhere (by `author`, SAM by default) between two notes; returns its id. */
export function threadElsewhere(
  board: FakeBoard,
  from: string,
  to: string,
  author: Author = SAM,
): string {
  let id = ''
  board.elsewhere((doc) => {
    id = createThread(doc, { from, to }, author) ?? ''
  })
  if (!id) throw new Error(`No thread can join ${from} and ${to}.`)
  return id
}

/**
 * An anonymous note of this person's, as the server writes it (authored by NOBODY) and as its
 * answer to "mine" tells; returns its id.
 */
export function myAnonymousNote(board: FakeBoard, input: Partial<NewNote> = {}): string {
  const id = noteElsewhere(board, input, NOBODY)
  board.session.anonymous.mine.add('note', id)
  return id
}
