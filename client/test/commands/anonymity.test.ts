import { describe, expect, it } from 'vitest'
import { OPEN_BOARD, type Note, type Role } from '@weave/shared'
import type { BoardSession } from '../../src/session/board-session'
import { createAnonymousMine } from '../../src/session/anonymous-mine'
import type { ConnectionStatus } from '../../src/session/connection'
import { createValueStore } from '../../src/session/store'
import {
  createsAnonymously,
  keepsQuiet,
  threadThroughServer,
  weavesAnonymously,
} from '../../src/commands/anonymity'
import { changeRefusal, threadRefusal } from '../../src/commands/note-policy'

const settled = () => new Promise((resolve) => setImmediate(resolve))

function note(id: string, authorId: string | null, authorName: string | null): Note {
  return {
    id,
    laneId: 'health',
    x: 0,
    y: 0,
    width: 200,
    height: 140,
    text: id,
    color: null,
    authorId,
    authorName,
    authorSector: 'health',
    roundId: null,
    originRoomId: null,
    originNoteId: null,
    createdAt: 1,
    updatedAt: 1,
  }
}

/** Just what the policy reads of a board session, for Maya (p1). */
async function sessionOf(opts: { name?: string | null; role?: Role; mine?: string[] } = {}) {
  const { name = 'Maya', role = 'participant', mine = [] } = opts
  const notes = [
    note('named', 'p1', 'Maya'),
    note('anon', null, null),
    note('other-anon', null, null),
    note('theirs', 'p2', 'Sam'),
  ]
  const anonymousMine = createAnonymousMine(
    () => Promise.resolve({ notes: mine, threads: ['t-anon'] }),
    createValueStore(null),
    createValueStore<ConnectionStatus>('online'),
  )
  await settled()
  const session = {
    info: { role, participantId: 'p1' },
    principal: { workshopId: 'w', participantId: 'p1', role, name, sector: 'health' },
    view: { postAnonymously: createValueStore(false) },
    boardState: createValueStore(OPEN_BOARD),
    drafts: { has: (id: string) => id === 'private' },
    notes: createValueStore(notes),
    anonymous: { mine: anonymousMine },
  }
  return session as unknown as BoardSession
}

describe('what goes through the server to stay anonymous', () => {
  it('new notes: when posting anonymously or having joined anonymously, participants only', async () => {
    const maya = await sessionOf()
    expect(createsAnonymously(maya)).toBe(false)
    maya.view.postAnonymously.set(true)
    expect(createsAnonymously(maya)).toBe(true)
    expect(createsAnonymously(await sessionOf({ name: null }))).toBe(true)
    const facilitator = await sessionOf({ role: 'facilitator' })
    facilitator.view.postAnonymously.set(true)
    expect(createsAnonymously(facilitator)).toBe(false)
  })

  it('my anonymous notes are mine to change; other anonymous notes are not', async () => {
    const maya = await sessionOf({ mine: ['anon'] })
    const [named, anon, otherAnon] = maya.notes.get()
    expect(changeRefusal(maya, named!)).toBeNull()
    expect(changeRefusal(maya, anon!)).toBeNull()
    expect(changeRefusal(maya, otherAnon!)).toMatch(/own notes/)
  })

  it('threads: mine to change when I wove them anonymously or they touch my anonymous note', async () => {
    const maya = await sessionOf({ mine: ['anon'] })
    const anonThread = { id: 't-anon', authorId: null, from: 'theirs', to: 'other-anon' }
    const toMyNote = { id: 't2', authorId: 'p2', from: 'theirs', to: 'anon' }
    const named = { id: 't3', authorId: 'p1', from: 'theirs', to: 'anon' }
    const unrelated = { id: 't4', authorId: 'p2', from: 'theirs', to: 'other-anon' }
    expect(threadRefusal(maya, anonThread)).toBeNull()
    expect(threadRefusal(maya, toMyNote)).toBeNull()
    expect(threadRefusal(maya, unrelated)).toMatch(/own threads/)
    expect(threadThroughServer(maya, anonThread)).toBe(true)
    expect(threadThroughServer(maya, toMyNote)).toBe(true)
    expect(threadThroughServer(maya, named)).toBe(false)
    expect(weavesAnonymously(maya, 'theirs', 'anon')).toBe(true)
    expect(weavesAnonymously(maya, 'theirs', 'named')).toBe(false)
    expect(weavesAnonymously(await sessionOf({ name: null }), 'theirs', 'named')).toBe(true)
  })

  it('presence keeps quiet about my anonymous and private records, not about others', async () => {
    const maya = await sessionOf({ mine: ['anon'] })
    expect(keepsQuiet(maya, 'anon')).toBe(true)
    expect(keepsQuiet(maya, 't-anon')).toBe(true)
    expect(keepsQuiet(maya, 'private')).toBe(true)
    expect(keepsQuiet(maya, 'other-anon')).toBe(false)
    expect(keepsQuiet(maya, 'named')).toBe(false)
  })
})
