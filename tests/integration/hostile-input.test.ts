import * as encoding from 'lib0/encoding'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, createNote, readNotes, type Author } from '@weave/shared'
import { createWorkshop, join, type TestWorkshop } from '../helpers/api.js'
import { connectClient, docReaches, synced, type TestClient } from '../helpers/clients.js'
import { maskedFrame, openRawFrameSocket } from '../helpers/raw-frames.js'
import { openRawSocket } from '../helpers/raw-socket.js'
import { startServer, type RunningServer } from '../helpers/server.js'
import { MAX_FRAGMENTS_PER_MESSAGE, MAX_GAPS_IN_A_ROW } from '@weave/server'

let author: Author

let running: RunningServer
let workshop: TestWorkshop
let token: string
let bystanders: TestClient[] = []

beforeEach(async () => {
  running = await startServer({ maxPayloadBytes: 64 * 1024 })
  workshop = await createWorkshop(running.httpUrl)
  ;({ token, author } = await join(running.httpUrl, workshop))
  bystanders = [
    connectClient(running.wsUrl, workshop.roomDoc, token),
    connectClient(running.wsUrl, workshop.roomDoc, token),
  ]
  await Promise.all(bystanders.map(synced))
})
afterEach(async () => {
  for (const c of bystanders) c.destroy()
  await running.stop()
})

function syncFrame(subType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, subType)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

function realUpdateFrame(): Uint8Array {
  const doc = new Y.Doc()
  createNote(doc, { laneId: 'health', x: 0, y: 0, text: 'a real note with some text' }, author)
  return syncFrame(2, Y.encodeStateAsUpdate(doc))
}

/** Sends `bytes` from a raw socket and returns the close code the server answered with. */
async function closeCodeFor(bytes: Uint8Array | string): Promise<number> {
  const raw = await openRawSocket(running.wsUrl, workshop.roomDoc, token)
  raw.send(bytes)
  return (await raw.closed).code
}

/** The bystanders still sync with each other, and a new client can join and load the board. */
async function othersStillSync(label: string): Promise<void> {
  const [a, b] = bystanders as [TestClient, TestClient]
  createNote(a.doc, { laneId: 'health', x: 0, y: 0, text: label }, author)
  await docReaches(b.doc, `bystander sees ${label}`, (doc) =>
    readNotes(doc).some((n) => n.text === label),
  )
  const late = connectClient(running.wsUrl, workshop.roomDoc, token)
  await docReaches(late.doc, `late joiner sees ${label}`, (doc) =>
    readNotes(doc).some((n) => n.text === label),
  )
  late.destroy()
}

describe('bad input closes only the offending connection', () => {
  it('[REL-1] closes on random bytes, unknown types, truncation and trailing garbage with 4400', async () => {
    const real = realUpdateFrame()
    const cases: Array<[string, Uint8Array]> = [
      ['unknown message type', new Uint8Array([9, 1, 2, 3])],
      ['empty frame', new Uint8Array([])],
      ['truncated update', real.slice(0, Math.floor(real.length / 2))],
      ['trailing garbage', new Uint8Array([...real, 7, 7, 7])],
      ['unknown sync type', syncFrame(7, new Uint8Array([0]))],
      ['random bytes', new Uint8Array([0, 2, 9, 200, 13, 17, 99, 1, 250, 4, 4])],
      ['garbage update body', syncFrame(2, new Uint8Array([1, 1, 5, 0, 255, 255, 255, 255, 15]))],
      [
        'overlong varint type',
        new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]),
      ],
    ]
    for (const [label, bytes] of cases) {
      expect(await closeCodeFor(bytes), label).toBe(CloseCode.badMessage)
    }
    await othersStillSync('after bad bytes')
  })

  it('[REL-3] refuses an update declaring millions of structs in a few bytes without applying it', async () => {
    // 1 client, 30M structs, client 1, clock 0: the shape of the 7-byte update bomb.
    const bomb = new Uint8Array([1, 0x80, 0xcf, 0xa7, 0x0e, 1, 0])
    expect(await closeCodeFor(syncFrame(2, bomb))).toBe(CloseCode.badMessage)
    expect(await closeCodeFor(syncFrame(1, bomb))).toBe(CloseCode.badMessage)
    await othersStillSync('after the bomb')
  })

  it('[REL-2] refuses text frames and oversized frames', async () => {
    expect(await closeCodeFor('hello')).toBe(CloseCode.badMessage)
    expect(await closeCodeFor(new Uint8Array(65 * 1024))).toBe(CloseCode.messageTooBig)
    await othersStillSync('after text and oversize')
  })

  it('[REL-4][REL-20] drops an update built on content it lacks, asks for a catch-up, and closes a client that keeps at it', async () => {
    const base = new Y.Doc()
    createNote(base, { laneId: 'health', x: 0, y: 0, text: 'base' }, author)
    const sv = Y.encodeStateVector(base)
    base.getMap('notes').set('extra', 1)
    const dependent = syncFrame(2, Y.encodeStateAsUpdate(base, sv))
    const socket = await openRawSocket(running.wsUrl, workshop.roomDoc, token)
    await socket.receivedAtLeast(1)
    // What a reconnecting client does when it edits before its catch-up: answered with our state
    // vector (a sync step 1), so it sends what we lack; nothing applied, stored or relayed.
    const before = socket.received.length
    socket.send(dependent)
    await socket.receivedAtLeast(before + 1)
    expect(socket.received.slice(before).some((f) => f[0] === 0 && f[1] === 0)).toBe(true)
    for (let i = 0; i < MAX_GAPS_IN_A_ROW; i++) socket.send(dependent)
    expect((await socket.closed).code).toBe(CloseCode.badMessage)
    await othersStillSync('after a dangling update')
    expect(readNotes(bystanders[0]!.doc).some((n) => n.text === 'base')).toBe(false)
  })

  it('[REL-2] survives frame-level attacks: reserved bits, unmasked frames, bad opcodes', async () => {
    const path = `/sync/${workshop.roomDoc}?token=${encodeURIComponent(token)}`
    const unmasked = new Uint8Array([0x82, 0x03, 0, 0, 0])
    const attacks = [
      maskedFrame(0x80 | 0x20 | 0x02, new Uint8Array([0, 0, 1])), // RSV2 set
      maskedFrame(0x80 | 0x40 | 0x02, new Uint8Array([0, 0, 1])), // RSV1 set without compression
      maskedFrame(0x80 | 0x03, new Uint8Array([1, 2])), // reserved opcode
      maskedFrame(0x81, new Uint8Array([0xc3, 0x28])), // text frame with invalid UTF-8
      unmasked,
    ]
    for (const frame of attacks) {
      const raw = await openRawFrameSocket(running.httpUrl, path)
      raw.write(frame)
      await raw.ended
    }
    // Without a per-socket error listener the first of these kills the whole process.
    await othersStillSync('after frame attacks')
  })

  it('[REL-2] closes a socket that floods tiny fragments, however small the message', async () => {
    const path = `/sync/${workshop.roomDoc}?token=${encodeURIComponent(token)}`
    const byte = new Uint8Array([0])
    const floods = [
      // A message in 1-byte fragments: each would be kept as a buffer until the last.
      (i: number) => maskedFrame(i === 0 ? 0x02 : 0x00, byte),
      // Empty continuation frames, which never add to the message's size.
      (i: number) => maskedFrame(i === 0 ? 0x02 : 0x00, new Uint8Array(0)),
    ]
    for (const fragment of floods) {
      const raw = await openRawFrameSocket(running.httpUrl, path)
      const frames = Array.from({ length: MAX_FRAGMENTS_PER_MESSAGE + 10 }, (_, i) => fragment(i))
      raw.write(Buffer.concat(frames))
      await raw.ended
    }
    await othersStillSync('after fragment floods')
  })

  it('[REL-5][REL-9] closes a connection that floods messages (4429) and allocates nothing for unknown documents', async () => {
    const flooder = await openRawSocket(running.wsUrl, workshop.roomDoc, token)
    const query = new Uint8Array([3])
    for (let i = 0; i < 3000; i++) flooder.send(query)
    expect((await flooder.closed).code).toBe(CloseCode.rateLimited)
    await othersStillSync('after a flood')

    const loadedBefore = running.server.stats().loadedRooms
    for (let i = 0; i < 20; i++) {
      const name = `${workshop.workshopId}.room.${Math.random().toString(36).slice(2, 12).padEnd(8, 'x')}`
      const raw = await openRawSocket(running.wsUrl, name, token)
      expect((await raw.closed).code).toBe(CloseCode.unknownDocument)
    }
    expect(running.server.stats().loadedRooms).toBe(loadedBefore)
  })
})
