import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  CloseCode,
  createNote,
  editNoteText,
  MessageType,
  notesMap,
  readNotes,
  SyncMessageType,
  type RoomInfo,
} from '@weave/shared'
import { createWorkshop, join, type Joined, type TestWorkshop } from '../helpers/api.js'
import { closedWith, docReaches, synced, type TestClient } from '../helpers/clients.js'
import { call } from '../helpers/http.js'
import { useHarness } from '../helpers/harness.js'
import {
  awarenessFrameOf,
  decodeFrame,
  frameOf,
  nextFrame,
  openBystander,
  roundTrip,
  type Bystander,
} from '../helpers/probe.js'
import { openRawSocket, type RawSocket } from '../helpers/raw-socket.js'
import type { RunningServer } from '../helpers/server.js'

const harness = useHarness()
let running: RunningServer
const client = (docName: string, token: string): TestClient => harness.client(docName, token)

/** The awareness id Ana's raw write-back connection claims (so its echo would be recognisable). */
const ANA_RAW_CLIENT_ID = 770_001
const BEN_WATCHER_CLIENT_ID = 770_002

interface MovedOut {
  workshop: TestWorkshop
  ana: Joined
  ben: Joined
  one: RoomInfo
  /** Ana's first client in room one; disconnected by `move` unless she was moved live. */
  anaInOne: TestClient
  /** Ben's client in room one, with a cursor (presence Ana must not be sent). */
  benInOne: TestClient
  /** A facilitator's client of room one: sees what the room holds. */
  witness: TestClient
  /** Ana's and Ben's notes written in room one before the move. */
  before: { ana: string; ben: string }
  /** Moves Ana to room two and waits until the server knows. */
  move(): Promise<void>
  /** Ben writes a note in room one and waits until it is stored. */
  benWrites(text: string): Promise<void>
}

/** Ana and Ben in breakout room one, each with a note there; Ana not yet moved. */
async function inRoomOne(): Promise<MovedOut> {
  running = await harness.start()
  const workshop = await createWorkshop(running.httpUrl)
  const ana = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
  const ben = await join(running.httpUrl, workshop, { name: 'Ben', sector: 'education' })
  const facilitate = (path: string, body: unknown) =>
    call(
      `${running.httpUrl}/api/workshops/${workshop.workshopId}${path}`,
      'POST',
      workshop.facilitatorToken,
      body,
    )
  const [one, two] = (await facilitate('/rooms', { count: 2 })).body as [RoomInfo, RoomInfo]
  for (const person of [ana, ben]) {
    await facilitate('/breakouts/move', { participantId: person.participantId, roomId: one.roomId })
  }
  await facilitate('/breakouts/open', {})

  const anaInOne = client(one.docName, ana.token)
  const benInOne = client(one.docName, ben.token)
  const witness = client(one.docName, workshop.facilitatorToken)
  await Promise.all([synced(anaInOne), synced(benInOne), synced(witness)])
  benInOne.provider.awareness.setLocalStateField('cursor', { x: 5, y: 5 })
  const before = {
    ana: createNote(
      anaInOne.doc,
      { laneId: 'health', x: 0, y: 80, text: 'Ana, before' },
      ana.author,
    ),
    ben: createNote(
      benInOne.doc,
      { laneId: 'health', x: 0, y: 300, text: 'Ben, before' },
      ben.author,
    ),
  }
  await docReaches(anaInOne.doc, 'both notes at Ana', (doc) => readNotes(doc).length === 2)
  await docReaches(witness.doc, 'both notes stored', (doc) => readNotes(doc).length === 2)

  return {
    workshop,
    ana,
    ben,
    one,
    anaInOne,
    benInOne,
    witness,
    before,
    async move() {
      const moved = await facilitate('/breakouts/move', {
        participantId: ana.participantId,
        roomId: two.roomId,
      })
      expect(moved.status).toBe(200)
    },
    async benWrites(text) {
      createNote(benInOne.doc, { laneId: 'health', x: 0, y: 500, text }, ben.author)
      await docReaches(witness.doc, `"${text}" stored`, (doc) =>
        readNotes(doc).some((note) => note.text === text),
      )
    },
  }
}

/**
 * What a connection was told of a room: its frames' document content applied over `had` (what the
 * client held, so that a relayed change, which builds on it, shows too) and the presence it got.
 */
function learnedFrom(frames: readonly Uint8Array[], had: Uint8Array) {
  const content = new Y.Doc()
  Y.applyUpdate(content, had)
  const before = Y.encodeStateVector(content)
  const stateVectors: Array<Map<number, number>> = []
  const presence: number[] = []
  for (const frame of frames) {
    const decoded = decodeFrame(frame)
    if (decoded.kind === 'awareness') presence.push(...decoded.states.keys())
    if (decoded.kind !== 'sync') continue
    if (decoded.sub === SyncMessageType.step1)
      stateVectors.push(Y.decodeStateVector(decoded.payload))
    else Y.applyUpdate(content, decoded.payload)
  }
  const pending = content.store.pendingStructs !== null || content.store.pendingDs !== null
  const grew = pending || !equalBytes(Y.encodeStateVector(content), before)
  return { notes: readNotes(content), grew, stateVectors, presence }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i])
}

/** True when Ben's watcher got a presence state of Ana's from frame `from` on (after a round trip). */
async function watcherSawAna(watcher: Bystander, ana: Joined, from: number): Promise<boolean> {
  const settled = await roundTrip(watcher.socket, Y.encodeStateVector(watcher.mirror))
  expect('answered' in settled).toBe(true)
  return watcher.socket.received.slice(from).some((frame) => {
    const decoded = decodeFrame(frame)
    if (decoded.kind !== 'awareness') return false
    return [...decoded.states].some(
      ([id, state]) =>
        id === ANA_RAW_CLIENT_ID ||
        (state as { user?: { participantId?: string } } | null)?.user?.participantId ===
          ana.participantId,
    )
  })
}

async function openTracked(docName: string, token: string): Promise<RawSocket> {
  return harness.track(await openRawSocket(running.wsUrl, docName, token))
}

/** An update that only deletes `length` items of `client` from `clock` (no structs). */
function deleteOnly(client: number, clock: number, length = 1): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, client)
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, clock)
  encoding.writeVarUint(encoder, length)
  return encoding.toUint8Array(encoder)
}

describe('write-back after a breakout move', () => {
  it('[FAC-B1] a participant moved live gets nothing of the room they left: no notes, no updates, no presence', async () => {
    const room = await inRoomOne()
    const { ana, one } = room
    const watcher = await openBystander(
      running.wsUrl,
      one.docName,
      room.ben.token,
      BEN_WATCHER_CLIENT_ID,
    )
    harness.track(watcher.socket)
    // What Ana's device holds of room one: all she may prove she has.
    // She claims far more of everyone than she has: the answer must not say how much they wrote.
    const hers = Y.encodeStateVector(
      new Map(
        [...Y.decodeStateVector(Y.encodeStateVector(room.anaInOne.doc))].map(([id]) => [id, 1e9]),
      ),
    )
    const hadState = Y.encodeStateAsUpdate(room.anaInOne.doc)
    await room.move()
    expect(await closedWith(room.anaInOne)).toBe(CloseCode.moved)
    // Stop the test client's reconnect loop (the app's client does not reconnect on 4412).
    room.anaInOne.provider.disconnect()
    await room.benWrites('Ben, after the move')

    // Back in room one within the write-back window, asking for everything and announcing herself.
    const watcherFrom = watcher.socket.received.length
    const back = await openTracked(one.docName, ana.token)
    back.send(frameOf(MessageType.sync, SyncMessageType.step1, hers))
    back.send(awarenessFrameOf([[ANA_RAW_CLIENT_ID, { cursor: { x: 1, y: 1 } }]]))
    back.send(new Uint8Array([MessageType.queryAwareness]))
    await nextFrame(back, 0, 'the server asks what she has', (f) => f.kind === 'sync')
    // Written while her connection is open: must not be relayed to it.
    await room.benWrites('Ben, while she is connected')
    // Nothing pending: her (empty) step 2, after which the server lets her go.
    back.send(frameOf(MessageType.sync, SyncMessageType.step2, Y.encodeStateAsUpdate(new Y.Doc())))
    expect((await back.closed).code).toBe(CloseCode.moved)

    const learned = learnedFrom(back.received, hadState)
    expect(learned.notes.map((n) => n.text).sort()).toEqual(['Ana, before', 'Ben, before'])
    expect(learned.grew).toBe(false)
    expect(learned.presence).toEqual([])
    // The state vector she was asked against is empty, whatever she claimed.
    expect(learned.stateVectors.length).toBeGreaterThan(0)
    for (const asked of learned.stateVectors) expect(asked.size).toBe(0)
    // Her presence reached nobody in the room.
    expect(await watcherSawAna(watcher, ana, watcherFrom)).toBe(false)
    // And the room itself still has everything.
    expect(
      readNotes(room.witness.doc)
        .map((n) => n.text)
        .sort(),
    ).toEqual(['Ana, before', 'Ben, after the move', 'Ben, before', 'Ben, while she is connected'])
  })

  it('[FAC-B2] edits made offline before the move land in the room left, and nothing newer comes back', async () => {
    const room = await inRoomOne()
    const { anaInOne: ana, witness } = room
    ana.provider.disconnect()
    createNote(ana.doc, { laneId: 'health', x: 300, y: 80, text: 'Ana, offline' }, room.ana.author)
    editNoteText(ana.doc, room.before.ana, 'Ana, before (edited offline)')
    const benClock = Y.getState(ana.doc.store, room.benInOne.doc.clientID)
    await room.move()
    await room.benWrites('Ben, after the move')

    const othersSeen: number[] = []
    ana.provider.awareness.on(
      'update',
      ({ added, updated }: { added: number[]; updated: number[] }) =>
        othersSeen.push(...[...added, ...updated].filter((id) => id !== ana.doc.clientID)),
    )
    const syncs: boolean[] = []
    ana.provider.on('sync', (isSynced: boolean) => syncs.push(isSynced))
    ana.provider.connect()
    expect(await closedWith(ana)).toBe(CloseCode.moved)
    // Stop the test client's reconnect loop (the app's client does not reconnect on 4412).
    ana.provider.disconnect()

    // Her offline work is in room one...
    await docReaches(witness.doc, 'the offline note', (doc) =>
      readNotes(doc).some((n) => n.text === 'Ana, offline'),
    )
    await docReaches(witness.doc, 'the offline edit', (doc) =>
      readNotes(doc).some((n) => n.text === 'Ana, before (edited offline)'),
    )
    // ...her client was told it synced (so the device clears its "unsent" mark)...
    expect(syncs).toContain(true)
    // ...and it got nothing newer: no note, no change of Ben's, nobody's presence.
    expect(
      readNotes(ana.doc)
        .map((n) => n.text)
        .sort(),
    ).toEqual(['Ana, before (edited offline)', 'Ana, offline', 'Ben, before'])
    expect(Y.getState(ana.doc.store, room.benInOne.doc.clientID)).toBe(benClock)
    expect(othersSeen).toEqual([])
  })

  it('[FAC-B2] a write-back takes only what its sync step 1 declared, and only under the board rules', async () => {
    const room = await inRoomOne()
    const { ana, one, witness } = room
    room.anaInOne.provider.disconnect()
    await room.move()

    // An update adding what the connection never declared is not taken.
    const undeclared = new Y.Doc()
    createNote(undeclared, { laneId: 'health', x: 0, y: 700, text: 'never declared' }, ana.author)
    const sneaky = await openTracked(one.docName, ana.token)
    sneaky.send(frameOf(MessageType.sync, SyncMessageType.step1, Y.encodeStateVector(new Y.Doc())))
    sneaky.send(
      frameOf(MessageType.sync, SyncMessageType.update, Y.encodeStateAsUpdate(undeclared)),
    )
    expect((await sneaky.closed).code).toBe(CloseCode.moved)
    const afterSneaky = client(one.docName, room.workshop.facilitatorToken)
    await synced(afterSneaky)
    expect(readNotes(afterSneaky.doc).map((n) => n.text)).not.toContain('never declared')

    // Declared, it is taken: the same raw flow is a working write-back.
    const declared = await openTracked(one.docName, ana.token)
    declared.send(frameOf(MessageType.sync, SyncMessageType.step1, Y.encodeStateVector(undeclared)))
    await nextFrame(declared, 0, 'the server asks what she has', (f) => f.kind === 'sync')
    declared.send(
      frameOf(MessageType.sync, SyncMessageType.step2, Y.encodeStateAsUpdate(undeclared)),
    )
    expect((await declared.closed).code).toBe(CloseCode.moved)
    await docReaches(witness.doc, 'the declared note', (doc) =>
      readNotes(doc).some((n) => n.text === 'never declared'),
    )

    // Someone else's note is not hers to change: not taken, with the same 4412 as any refusal.
    editNoteText(room.anaInOne.doc, room.before.ben, 'Ben, rewritten by Ana')
    room.anaInOne.provider.connect()
    expect(await closedWith(room.anaInOne)).toBe(CloseCode.moved)
    room.anaInOne.provider.disconnect()
    const check = client(one.docName, room.workshop.facilitatorToken)
    await synced(check)
    expect(readNotes(check.doc).find((n) => n.id === room.before.ben)?.text).toBe('Ben, before')
  })
  it('[FAC-B2] a write-back cannot probe the room: deleting what it holds and what it lacks end alike', async () => {
    const room = await inRoomOne()
    const { ana, one, witness } = room
    room.anaInOne.provider.disconnect()
    await room.move()
    // Ben's note, whose writer and clocks Ana knew before the move: one item the room holds, one
    // clock Ben has not reached (or reached since: which, she must not learn).
    const benNote = notesMap(witness.doc).get(room.before.ben) as Y.Map<unknown>
    const benClient = benNote._item!.id.client
    const held = benNote._item!.id.clock
    const beyond = Y.getState(witness.doc.store, benClient) + 1_000
    const everything = new Map([[benClient, 10_000_000]])
    const probe = async (clock: number) => {
      const socket = await openTracked(one.docName, ana.token)
      socket.send(frameOf(MessageType.sync, SyncMessageType.step1, Y.encodeStateVector(everything)))
      await nextFrame(socket, 0, 'the empty step 1', (f) => f.kind === 'sync')
      socket.send(frameOf(MessageType.sync, SyncMessageType.step2, deleteOnly(benClient, clock)))
      const closed = await socket.closed
      return { ...closed, frames: socket.received.length }
    }
    const onHeld = await probe(held)
    const onLacking = await probe(beyond)
    expect(onHeld.code).toBe(CloseCode.moved)
    expect(onLacking).toEqual(onHeld)
    // Nothing of Ben's was deleted.
    const check = client(one.docName, room.workshop.facilitatorToken)
    await synced(check)
    expect(readNotes(check.doc).find((n) => n.id === room.before.ben)?.text).toBe('Ben, before')
  })
})
