import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  childMap,
  CloseCode,
  CONTENT_LIMITS,
  controlMap,
  createNote,
  createThread,
  draftDocName,
  MessageType,
  notesMap,
  SyncMessageType,
  threadsMap,
  type Author,
} from '@weave/shared'
import { createWorkshop, facilitatorAuthor, join, type TestWorkshop } from '../helpers/api.js'
import { call } from '../helpers/http.js'
import { frameOf, openBystander, roundTrip, type Bystander } from '../helpers/probe.js'
import { startServer, type RunningServer } from '../helpers/server.js'

let running: RunningServer
let workshop: TestWorkshop
let participant: { token: string; author: Author; draftDoc: string }
let nextClientId = 1000

beforeAll(async () => {
  running = await startServer()
  workshop = await createWorkshop(running.httpUrl, 'Content limits')
  const joined = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
  const draftDoc = draftDocName(
    workshop.workshopId,
    workshop.rooms[0]!.roomId,
    joined.participantId,
  )
  participant = { token: joined.token, author: joined.author, draftDoc }
})
afterAll(() => running.stop())

type Change = (doc: Y.Doc, author: Author) => void

/** A note of the writer's own, as a participant may add one, with `extra` done to it. */
const noteWith =
  (extra: (note: Y.Map<unknown>) => void): Change =>
  (doc, author) => {
    const id = createNote(doc, { laneId: 'health', x: 0, y: 0, text: 'looks normal' }, author)
    extra(childMap(notesMap(doc), id)!)
  }

function nested(depth: number): Y.Map<unknown> {
  const top = new Y.Map<unknown>()
  let current = top
  for (let i = 0; i < depth; i++) current.set('inner', (current = new Y.Map<unknown>()))
  return top
}

const BOARD_CASES: ReadonlyArray<[string, Change]> = [
  ['a sub-document in a note', noteWith((note) => note.set('color', new Y.Doc()))],
  ['a binary blob in a note', noteWith((note) => note.set('color', new Uint8Array(4096)))],
  ['an unknown root type', (doc) => doc.getMap('evil').set('payload', 'x')],
  ['a "__proto__" field', noteWith((note) => note.set('__proto__', 'polluted'))],
  ['deep nesting', noteWith((note) => note.set('laneId', nested(50)))],
  [
    'a note of 100,000 characters',
    noteWith((note) => (note.get('text') as Y.Text).insert(0, 'x'.repeat(100_000))),
  ],
  // Every root is a map: a list item directly under one would be relayed, yet no reader sees it.
  ['a list item under the notes root', (doc) => doc.getArray('notes').push(['x'.repeat(8000)])],
  ['a map listed under the threads root', (doc) => doc.getArray('threads').push([new Y.Map()])],
]

const CONTROL_CASES: ReadonlyArray<[string, Change]> = [
  ['an unknown root type', (doc) => doc.getMap('evil').set('payload', 'x')],
  ['a sub-document', (doc) => controlMap(doc, 'plan').set('steps', new Y.Doc())],
  ['deep nesting', (doc) => controlMap(doc, 'plan').set('steps', nested(50))],
]

/**
 * Sends `change`, made on a copy of what the server holds, from a raw connection; returns how
 * the connection ended (a close code, or still answering) and what a bystander on the same
 * document saw of it: its copy and the server's answer to its catch-up request.
 */
async function send(docName: string, token: string, change: Change, author: Author) {
  const bystander: Bystander = await openBystander(running.wsUrl, docName, token, nextClientId++)
  const writer = await openBystander(running.wsUrl, docName, token, nextClientId++)
  const before = Y.encodeStateVector(bystander.mirror)
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(writer.mirror))
  const base = Y.encodeStateVector(copy)
  copy.transact(() => change(copy, author))
  const update = Y.encodeStateAsUpdate(copy, base)
  writer.socket.send(frameOf(MessageType.sync, SyncMessageType.update, update))
  const writerEnded = await roundTrip(writer.socket, base)
  const caughtUp = await roundTrip(bystander.socket, before)
  bystander.socket.ws.close()
  const missed = 'answered' in caughtUp ? Y.decodeUpdate(caughtUp.answered) : null
  return {
    writerEnded,
    bystanderUnchanged: Buffer.from(Y.encodeStateVector(bystander.mirror)).equals(before),
    serverAddedNothing: missed !== null && missed.structs.length === 0,
    updateBytes: update.length,
  }
}

describe('content a crafted update smuggles in is refused (4409), whoever sends it', () => {
  const writers = () =>
    [
      ['a participant, main room', workshop.roomDoc, participant.token, participant.author],
      [
        'a facilitator, main room',
        workshop.roomDoc,
        workshop.facilitatorToken,
        facilitatorAuthor(workshop),
      ],
      ['a participant, own draft', participant.draftDoc, participant.token, participant.author],
    ] as const

  it.each(BOARD_CASES)('[REL-8] on boards and drafts: %s', async (_name, change) => {
    for (const [who, docName, token, author] of writers()) {
      const outcome = await send(docName, token, change, author)
      expect({ who, ...outcome, updateBytes: undefined }).toEqual({
        who,
        writerEnded: { closed: CloseCode.refusedUpdate },
        bystanderUnchanged: true,
        serverAddedNothing: true,
        updateBytes: undefined,
      })
    }
  })

  it.each(CONTROL_CASES)('[REL-8] on the control document: %s', async (_name, change) => {
    const outcome = await send(
      workshop.controlDoc,
      workshop.facilitatorToken,
      change,
      facilitatorAuthor(workshop),
    )
    expect(outcome.writerEnded).toEqual({ closed: CloseCode.refusedUpdate })
    expect(outcome.bystanderUnchanged && outcome.serverAddedNothing).toBe(true)
  })

  it('[REL-8] refuses an unknown field added to an existing note or thread, whoever adds it', async () => {
    const [first, second] = ['existing1aaaaa', 'existing2aaaaa']
    let threadId = ''
    const board: Change = (doc, author) => {
      for (const id of [first, second])
        createNote(doc, { id, laneId: 'health', x: 0, y: 0 }, author)
      threadId = createThread(doc, { from: first, to: second }, author)!
    }
    const stored = await send(workshop.roomDoc, participant.token, board, participant.author)
    expect('answered' in stored.writerEnded).toBe(true)
    const onNote: Change = (doc) => childMap(notesMap(doc), first)!.set('smuggled', '<script>')
    const onThread: Change = (doc) => childMap(threadsMap(doc), threadId)!.set('smuggled', 1)
    for (const [token, author] of [
      [participant.token, participant.author],
      [workshop.facilitatorToken, facilitatorAuthor(workshop)],
    ] as const) {
      for (const change of [onNote, onThread]) {
        const outcome = await send(workshop.roomDoc, token, change, author)
        expect(outcome.writerEnded).toEqual({ closed: CloseCode.refusedUpdate })
        expect(outcome.bystanderUnchanged && outcome.serverAddedNothing).toBe(true)
      }
    }
  })

  it('[REL-8] still takes ordinary notes, and exports whatever is stored', async () => {
    const ordinary: Change = (doc, author) => {
      createNote(doc, { laneId: 'health', x: 0, y: 0, text: 'a'.repeat(2000) }, author)
    }
    const outcome = await send(workshop.roomDoc, participant.token, ordinary, participant.author)
    expect('answered' in outcome.writerEnded).toBe(true)
    expect(outcome.bystanderUnchanged).toBe(false)
    const exported = await call(
      `${running.httpUrl}/api/workshops/${workshop.workshopId}/exports/json`,
      'GET',
      workshop.facilitatorToken,
    )
    expect(exported.status).toBe(200)
    expect(JSON.stringify(exported.body)).toContain('a'.repeat(2000))
    expect(CONTENT_LIMITS.noteTextLength).toBeGreaterThan(2000)
  })
})
