import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addLane,
  addPlanStep,
  draftChangeRefusal,
  isPrivateWritingOpen,
  moveLane,
  movePlanStep,
  noteChangeRefusal,
  noteCreateRefusal,
  OPEN_BOARD,
  rankByVotes,
  readAttention,
  readLanes,
  readPhase,
  readPlan,
  readRound,
  readRoundHistory,
  remainingMs,
  removeLane,
  removePlanStep,
  renameLane,
  seedControlDoc,
  setAttention,
  setLaneLocked,
  setPhase,
  threadChangeRefusal,
  updatePlanStep,
  writeRound,
  type Principal,
  type Round,
} from '../src/index.js'

function seeded(): Y.Doc {
  const doc = new Y.Doc()
  seedControlDoc(doc, 'Summit')
  return doc
}

describe('control document', () => {
  it('starts in preparation with the seven default lanes', () => {
    const doc = seeded()
    expect(readPhase(doc)).toBe('preparation')
    expect(readLanes(doc).map((l) => l.id)).toEqual([
      'health',
      'education',
      'child-care',
      'social-services',
      'government',
      'community',
      'families',
    ])
    setPhase(doc, 'live')
    expect(readPhase(doc)).toBe('live')
  })

  it('adds, renames, reorders, locks and removes lanes', () => {
    const doc = seeded()
    const elders = addLane(doc, { name: '  Elders  ', color: '#334155' })
    expect(renameLane(doc, elders, 'Elders & knowledge keepers')).toBe(true)
    expect(renameLane(doc, elders, '   ')).toBe(false)
    moveLane(doc, elders, 0)
    expect(readLanes(doc)[0]).toMatchObject({
      id: elders,
      name: 'Elders & knowledge keepers',
      locked: false,
    })
    moveLane(doc, 'health', 99)
    expect(readLanes(doc).at(-1)?.id).toBe('health')
    setLaneLocked(doc, 'education', true)
    expect(readLanes(doc).find((l) => l.id === 'education')?.locked).toBe(true)
    removeLane(doc, 'education')
    expect(readLanes(doc).map((l) => l.id)).not.toContain('education')
    expect(readLanes(doc)).toHaveLength(7)
  })

  it('keeps rounds with a history, and counts down in server time', () => {
    const doc = seeded()
    const round: Round = {
      id: 'r1',
      title: 'Check-in',
      prompt: 'What are you bringing in with you?',
      mode: 'private',
      roomIds: null,
      durationMs: 60_000,
      status: 'running',
      startedAt: 1_000,
      endsAt: 61_000,
      remainingMs: 60_000,
      endedAt: null,
      revealedAt: null,
      anonymised: false,
    }
    writeRound(doc, round)
    expect(readRound(doc)).toEqual(round)
    expect(remainingMs(round, 31_000)).toBe(30_000)
    expect(remainingMs(round, 99_000)).toBe(0)
    expect(remainingMs({ ...round, status: 'paused', remainingMs: 12_000 }, 99_000)).toBe(12_000)
    expect(isPrivateWritingOpen(round, 'any')).toBe(true)
    expect(isPrivateWritingOpen({ ...round, roomIds: ['other'] }, 'mine')).toBe(false)
    expect(isPrivateWritingOpen({ ...round, revealedAt: 5 }, 'any')).toBe(false)
    writeRound(doc, { ...round, status: 'ended', endedAt: 50_000 })
    expect(readRoundHistory(doc)).toEqual([
      {
        id: 'r1',
        title: 'Check-in',
        prompt: round.prompt,
        mode: 'private',
        startedAt: 1_000,
        endedAt: 50_000,
      },
    ])
  })

  it('edits and reorders the session plan', () => {
    const doc = seeded()
    const a = addPlanStep(doc, { title: 'A', prompt: 'a?', durationSec: 60, mode: 'open' })
    const b = addPlanStep(doc, { title: 'B', prompt: 'b?', durationSec: 60, mode: 'private' })
    movePlanStep(doc, b, 0)
    updatePlanStep(doc, a, { durationSec: 120 })
    expect(readPlan(doc).map((s) => [s.title, s.durationSec])).toEqual([
      ['B', 60],
      ['A', 120],
    ])
    removePlanStep(doc, b)
    expect(readPlan(doc).map((s) => s.id)).toEqual([a])
  })

  it('reads attention settings with defaults', () => {
    const doc = seeded()
    expect(readAttention(doc)).toMatchObject({
      spotlight: null,
      boardLocked: false,
      hideCursors: false,
    })
    setAttention(doc, { spotlight: 'n1', boardLocked: true })
    expect(readAttention(doc)).toMatchObject({ spotlight: 'n1', boardLocked: true })
  })

  it('ranks vote results', () => {
    expect(rankByVotes({ a: 1, b: 3, c: 3 })).toEqual([
      { noteId: 'b', votes: 3 },
      { noteId: 'c', votes: 3 },
      { noteId: 'a', votes: 1 },
    ])
  })
})

describe('board policy', () => {
  const ana: Principal = {
    workshopId: 'w',
    participantId: 'ana',
    role: 'participant',
    name: 'Ana',
    sector: 'health',
  }
  const facilitator: Principal = { ...ana, participantId: 'f', role: 'facilitator' }
  const observer: Principal = { ...ana, participantId: 'o', role: 'observer' }
  const locked = { ...OPEN_BOARD, lockedLaneIds: new Set(['education']) }

  it('lets participants change only their own notes, outside locked lanes', () => {
    expect(noteChangeRefusal(ana, { authorId: 'ana', laneId: 'health' }, OPEN_BOARD)).toBeNull()
    expect(noteChangeRefusal(ana, { authorId: 'ben', laneId: 'health' }, OPEN_BOARD)).toMatch(/own/)
    expect(noteChangeRefusal(ana, { authorId: 'ana', laneId: 'education' }, locked)).toMatch(
      /locked/,
    )
    expect(
      noteChangeRefusal(ana, { authorId: 'ana', laneId: 'health' }, locked, 'education'),
    ).toMatch(/locked/)
    expect(
      noteChangeRefusal(facilitator, { authorId: 'ben', laneId: 'education' }, locked),
    ).toBeNull()
    expect(noteChangeRefusal(observer, { authorId: 'o', laneId: 'health' }, OPEN_BOARD)).toMatch(
      /observers/,
    )
  })

  it('locks the whole board and closes the workshop for everyone', () => {
    expect(noteCreateRefusal(ana, 'health', { ...OPEN_BOARD, boardLocked: true })).toMatch(/locked/)
    expect(
      noteCreateRefusal(facilitator, 'health', { ...OPEN_BOARD, boardLocked: true }),
    ).toBeNull()
    expect(noteCreateRefusal(facilitator, 'health', { ...OPEN_BOARD, phase: 'closed' })).toMatch(
      /closed/,
    )
    expect(noteCreateRefusal(ana, 'health', { ...OPEN_BOARD, privateWriting: true })).toMatch(
      /private/,
    )
  })

  it('opens a draft to writes only while private writing is open', () => {
    const writing = { ...OPEN_BOARD, privateWriting: true }
    expect(draftChangeRefusal(ana, writing)).toBeNull()
    expect(draftChangeRefusal(ana, OPEN_BOARD)).toMatch(/private round/)
    expect(draftChangeRefusal(ana, { ...writing, boardLocked: true })).toMatch(/locked/)
    expect(draftChangeRefusal(ana, { ...writing, phase: 'closed' })).toMatch(/closed/)
  })

  it('lets participants change threads they wove or that touch their notes', () => {
    const mine = { authorId: 'ana', laneId: 'health' }
    const theirs = { authorId: 'ben', laneId: 'government' }
    expect(threadChangeRefusal(ana, { authorId: 'ben' }, [mine, theirs], OPEN_BOARD)).toBeNull()
    expect(threadChangeRefusal(ana, { authorId: 'ana' }, [theirs, theirs], OPEN_BOARD)).toBeNull()
    expect(threadChangeRefusal(ana, { authorId: 'ben' }, [theirs, theirs], OPEN_BOARD)).toMatch(
      /own/,
    )
  })
})
