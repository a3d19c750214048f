import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLane, CloseCode, createNote, MessageType, SyncMessageType } from '@weave/shared'
import {
  awarenessFrameOf,
  decodeFrame,
  frameOf,
  nextFrame,
  roundTrip,
  type Settled,
} from '../helpers/probe.js'
import { openRawSocket } from '../helpers/raw-socket.js'
import {
  MATRIX_DOCS,
  MATRIX_ROLES,
  startMatrix,
  type MatrixDoc,
  type MatrixFixture,
  type MatrixRole,
} from './access-matrix-fixture.js'

/**
 * Role × document × message type. Every cell sends one message on a fresh connection and checks
 * the outcome the table below gives. For everything that is not an applied write, the server's
 * state of the document (as a bystander's sync step 1 is answered, delete set included) and its
 * stored state vector are byte-identical before and after, and the bystander got no update frame.
 * Quiescence is proven by round trips (a step 1 is answered only after what came before on that
 * connection is handled, stored and relayed), never by sleeping.
 */
const COLUMNS = [
  'sync step 1',
  'sync step 2 with an update',
  'update',
  'V2 update',
  'update posing as another author',
  'awareness',
  'awareness with spoofed fields',
  'unknown message type',
] as const
type Column = (typeof COLUMNS)[number]

/** Answered with a sync step 2; nothing changes. */
const ASK = 'answered'
/** Stored and relayed to the bystander. */
const APP = 'applied'
/** Dropped without a word (read-only connections still sync); the connection stays open. */
const DROP = 'dropped'
/** Presence relayed, with only the client fields and the identity from the token. */
const STAMP = 'stamped'
/** Closed with a code (refused at connect, or for this message); nothing applied or relayed. */
const BAD = CloseCode.badMessage
const RULE = CloseCode.refusedUpdate
const MOVED = CloseCode.moved
const FORBID = CloseCode.forbidden
const NODOC = CloseCode.unknownDocument
type Outcome = typeof ASK | typeof APP | typeof DROP | typeof STAMP | number

const M = MOVED
const F = FORBID
const N = NODOC

// From docs/protocol.md and shared/src/permissions: canConnect, canWriteDocument, mayEnterRoom
// (breakouts are open; both participants are in "own breakout room") and the board rules.
// Facilitators are trusted with any author; drafts have no board rules (the reveal re-stamps the
// author) but take writes only during a private round in their room, and none runs here (PRO-8;
// draft-reveal.test.ts writes to drafts while one does). Anonymous participants write boards only through the server (FAC-A1): their own
// updates are refused. Columns are in COLUMNS order.
// prettier-ignore
const TABLE: ReadonlyArray<[MatrixDoc, MatrixRole, readonly Outcome[]]> = [
  ['control', 'facilitator',                 [ASK, APP,  APP,  BAD,  APP,  STAMP, STAMP, BAD]],
  ['control', 'participant',                 [ASK, DROP, DROP, DROP, DROP, STAMP, STAMP, BAD]],
  ['control', 'anonymous',                   [ASK, DROP, DROP, DROP, DROP, STAMP, STAMP, BAD]],
  ['control', 'observer',                    [ASK, DROP, DROP, DROP, DROP, STAMP, STAMP, BAD]],
  ['main room', 'facilitator',               [ASK, APP,  APP,  BAD,  APP,  STAMP, STAMP, BAD]],
  ['main room', 'participant',               [M,   M,    M,    M,    M,    M,     M,     M]],
  ['main room', 'anonymous',                 [M,   M,    M,    M,    M,    M,     M,     M]],
  ['main room', 'observer',                  [ASK, DROP, DROP, DROP, DROP, STAMP, STAMP, BAD]],
  ['own breakout room', 'facilitator',       [ASK, APP,  APP,  BAD,  APP,  STAMP, STAMP, BAD]],
  ['own breakout room', 'participant',       [ASK, APP,  APP,  BAD,  RULE, STAMP, STAMP, BAD]],
  ['own breakout room', 'anonymous',         [ASK, RULE, RULE, BAD,  RULE, STAMP, STAMP, BAD]],
  ['own breakout room', 'observer',          [ASK, DROP, DROP, DROP, DROP, STAMP, STAMP, BAD]],
  ['other breakout room', 'facilitator',     [ASK, APP,  APP,  BAD,  APP,  STAMP, STAMP, BAD]],
  ['other breakout room', 'participant',     [M,   M,    M,    M,    M,    M,     M,     M]],
  ['other breakout room', 'anonymous',       [M,   M,    M,    M,    M,    M,     M,     M]],
  ['other breakout room', 'observer',        [ASK, DROP, DROP, DROP, DROP, STAMP, STAMP, BAD]],
  ['own draft', 'facilitator',               [ASK, DROP, DROP, DROP, DROP, STAMP, STAMP, BAD]],
  ['own draft', 'participant',               [ASK, RULE, RULE, BAD,  RULE, STAMP, STAMP, BAD]],
  ['own draft', 'anonymous',                 [ASK, RULE, RULE, BAD,  RULE, STAMP, STAMP, BAD]],
  ['own draft', 'observer',                  [ASK, DROP, DROP, DROP, DROP, STAMP, STAMP, BAD]],
  ["another's draft", 'facilitator',         [F,   F,    F,    F,    F,    F,     F,     F]],
  ["another's draft", 'participant',         [F,   F,    F,    F,    F,    F,     F,     F]],
  ["another's draft", 'anonymous',           [F,   F,    F,    F,    F,    F,     F,     F]],
  ["another's draft", 'observer',            [F,   F,    F,    F,    F,    F,     F,     F]],
  ["other workshop's room", 'facilitator',   [F,   F,    F,    F,    F,    F,     F,     F]],
  ["other workshop's room", 'participant',   [F,   F,    F,    F,    F,    F,     F,     F]],
  ["other workshop's room", 'anonymous',     [F,   F,    F,    F,    F,    F,     F,     F]],
  ["other workshop's room", 'observer',      [F,   F,    F,    F,    F,    F,     F,     F]],
  // Snapshots are not documents: a snapshot id in a document name is an unknown document.
  ['snapshot', 'facilitator',                [N,   N,    N,    N,    N,    N,     N,     N]],
  ['snapshot', 'participant',                [N,   N,    N,    N,    N,    N,     N,     N]],
  ['snapshot', 'anonymous',                  [N,   N,    N,    N,    N,    N,     N,     N]],
  ['snapshot', 'observer',                   [N,   N,    N,    N,    N,    N,     N,     N]],
]

const CELLS = TABLE.flatMap(([doc, role, outcomes]) =>
  COLUMNS.map((column, i) => {
    const expected = outcomes[i]!
    const shows = typeof expected === 'number' ? `closed ${expected}` : expected
    return { doc, role, column, expected, shows }
  }),
)
const SPOOFED_USER = {
  participantId: 'mallory',
  name: 'Mallory',
  role: 'facilitator',
  sector: 'health',
  color: '#000000',
}

let fx: MatrixFixture
let cellNumber = 0
beforeAll(async () => {
  fx = await startMatrix()
})
afterAll(() => fx?.stop())

/** The frame a cell sends, built on `base` (the server's state) by a writer with a fresh id. */
function messageFor(column: Column, role: MatrixRole, doc: MatrixDoc, base: Y.Doc, id: number) {
  let v1: Uint8Array = new Uint8Array()
  let v2: Uint8Array = new Uint8Array()
  base.on('update', (update: Uint8Array) => (v1 = update))
  base.on('updateV2', (update: Uint8Array) => (v2 = update))
  if (doc === 'control') addLane(base, { name: `Matrix ${id}`, color: '#123456' })
  else {
    const victim: MatrixRole = role === 'participant' ? 'anonymous' : 'participant'
    const impostor = column === 'update posing as another author'
    const author = fx.actors[impostor ? victim : role].author
    createNote(base, { laneId: 'health', x: 10, y: 10 + id, text: `cell ${id}` }, author)
  }
  const presence = { cursor: { x: 5, y: id } }
  switch (column) {
    case 'sync step 1':
      return frameOf(MessageType.sync, SyncMessageType.step1, Y.encodeStateVector(base))
    case 'sync step 2 with an update':
      return frameOf(MessageType.sync, SyncMessageType.step2, v1)
    case 'update':
    case 'update posing as another author':
      return frameOf(MessageType.sync, SyncMessageType.update, v1)
    case 'V2 update':
      return frameOf(MessageType.sync, SyncMessageType.update, v2)
    case 'awareness':
      return awarenessFrameOf([[id, presence]])
    case 'awareness with spoofed fields': {
      const watcherId = fx.target(role, doc).watcher?.clientId ?? 0
      return awarenessFrameOf([
        [id, { ...presence, user: SPOOFED_USER, admin: true }],
        [watcherId, { cursor: null, user: SPOOFED_USER }],
      ])
    }
    case 'unknown message type':
      return frameOf(7, null, v1)
  }
}

function updateFrames(frames: Uint8Array[]): Uint8Array[] {
  return frames
    .map(decodeFrame)
    .flatMap((f) => (f.kind === 'sync' && f.sub === SyncMessageType.update ? [f.payload] : []))
}

describe.each(MATRIX_DOCS)('[REL-26] %s', (doc) => {
  const rows = CELLS.filter((cell) => cell.doc === doc)
  it.each(rows)('$role × $column → $shows', async ({ role, column, expected }) => {
    const id = 1_000_000 + cellNumber++
    const { docName, watcher } = fx.target(role, doc)
    const vector = watcher ? Y.encodeStateVector(watcher.mirror) : new Uint8Array([0])
    const before = watcher ? await roundTrip(watcher.socket, vector) : null
    const storedBefore = await fx.storedStateVector(docName)
    const from = watcher?.socket.received.length ?? 0

    const base = new Y.Doc()
    if (watcher) Y.applyUpdate(base, Y.encodeStateAsUpdate(watcher.mirror))
    const message = messageFor(column, role, doc, base, id)
    const sender = await openRawSocket(fx.running.wsUrl, docName, fx.actors[role].token)
    sender.send(message)
    // The sender's own step 1 proves its message was handled (or the close code says why not).
    const settled: Settled = await roundTrip(sender, Y.encodeStateVector(base))
    sender.ws.close()
    if (typeof expected === 'number') expect(settled).toEqual({ closed: expected })
    else expect(settled).toHaveProperty('answered')
    if (!watcher) return

    if (expected === STAMP) {
      const seen = await nextFrame(
        watcher.socket,
        from,
        'the sender’s presence',
        (f) => f.kind === 'awareness' && f.states.has(id),
      )
      const state = seen.kind === 'awareness' ? seen.states.get(id) : undefined
      const actor = fx.actors[role]
      expect(state).toEqual({
        cursor: { x: 5, y: id },
        user: expect.objectContaining({
          participantId: actor.author.id,
          role: role === 'anonymous' ? 'participant' : role,
        }),
      })
      expect(JSON.stringify(state)).not.toContain('Mallory')
    }
    const after = await roundTrip(watcher.socket, vector)
    const storedAfter = await fx.storedStateVector(docName)
    const relayed = updateFrames(watcher.socket.received.slice(from))
    if (expected === APP) {
      expect(after).not.toEqual(before)
      expect(storedAfter).not.toEqual(storedBefore)
      const writers = relayed.flatMap((update) => [...Y.parseUpdateMeta(update).to.keys()])
      expect(writers).toContain(base.clientID)
      return
    }
    expect(after).toEqual(before)
    expect(storedAfter).toEqual(storedBefore)
    expect(relayed).toEqual([])
    // No presence was accepted for the bystander's own id (a removal on timeout would be null).
    const awareness = watcher.socket.received.slice(from).map(decodeFrame)
    const posed = awareness.some(
      (f) => f.kind === 'awareness' && (f.states.get(watcher.clientId) ?? null) !== null,
    )
    expect(posed).toBe(false)
  })
})

describe('the matrix', () => {
  it('covers every role, document and message type', () => {
    expect(CELLS).toHaveLength(MATRIX_ROLES.length * MATRIX_DOCS.length * COLUMNS.length)
  })
})
