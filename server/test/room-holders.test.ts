import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { createNote, parseDocName, readNotes, roomDocName } from '@weave/shared'
import type { Logger } from '../src/log.js'
import { createRoomManager, type RoomManager } from '../src/rooms/room-manager.js'
import type { RoomKey } from '../src/rooms/types.js'
import { withRoom } from '../src/rooms/with-room.js'
import { createSqliteStore } from '../src/store/sqlite-store.js'
import type { Store } from '../src/store/types.js'

const IDLE_MS = 30_000
const author = { id: 'f1', name: 'Fac', sector: null }

/** Idle delays that expire only when the test moves time on; `advance` waits for what they do. */
function manualTimers() {
  let now = 0
  const pending = new Set<{ at: number; due: () => Promise<void> }>()
  return {
    start(ms: number, due: () => Promise<void>) {
      const timer = { at: now + ms, due }
      pending.add(timer)
      return () => void pending.delete(timer)
    },
    async advance(ms: number): Promise<void> {
      now += ms
      const expired = [...pending].filter((timer) => timer.at <= now)
      for (const timer of expired) pending.delete(timer)
      await Promise.all(expired.map((timer) => timer.due()))
    },
  }
}

/** A logger that remembers errors and says when a document was unloaded. */
function recordingLog() {
  const errors: string[] = []
  const unloaded: string[] = []
  const log: Logger = {
    debug: (msg, fields) => {
      if (msg === 'room unloaded') unloaded.push(String(fields?.doc))
    },
    info: () => {},
    warn: () => {},
    error: (msg) => void errors.push(msg),
  }
  return { log, errors, unloaded }
}

/** A promise and the function that resolves it (a slow store call the test answers). */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {}
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { opened, open }
}

async function storedNoteTexts(store: Store, docName: string): Promise<string[]> {
  const doc = new Y.Doc()
  for (const update of (await store.loadDoc(docName)).updates) Y.applyUpdate(doc, update)
  return readNotes(doc).map((note) => note.text)
}

const docName = roomDocName('wshophold', 'roomhold')
const key: RoomKey = { docName, ref: parseDocName(docName)! }

let store: Store
let rooms: RoomManager

function setUp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weave-holders-'))
  store = createSqliteStore({ file: path.join(dir, 'weave.sqlite'), synchronous: 'NORMAL' })
  const timers = manualTimers()
  const recorded = recordingLog()
  rooms = createRoomManager({
    store,
    log: recorded.log,
    idleUnloadMs: IDLE_MS,
    compactAfterUpdates: 1000,
    startTimer: timers.start,
  })
  return { timers, ...recorded }
}

afterEach(async () => {
  await rooms.closeAll()
  await store.close()
})

describe('room holders', () => {
  it('keeps a room a withRoom user holds loaded across the idle deadline, and stores its change', async () => {
    const { timers, errors, unloaded } = setUp()
    // A socket has the board open (it holds the room as the sync endpoint does).
    const socket = rooms.acquire(key)
    await socket.ready
    const entered = gate()
    const slowStoreCall = gate()
    const handler = withRoom(rooms, docName, async (room) => {
      entered.open()
      await slowStoreCall.opened
      room.change((doc) => createNote(doc, { laneId: 'health', x: 0, y: 0, text: 'kept' }, author))
      return room
    })
    await entered.opened
    // The socket leaves, and the idle deadline passes while the handler still waits.
    rooms.release(socket)
    await timers.advance(IDLE_MS)
    slowStoreCall.open()
    const room = await handler

    expect(unloaded).toEqual([])
    expect(rooms.peek(docName)).toBe(room)
    expect(room).toBe(socket)
    expect(room.read(readNotes).map((note) => note.text)).toEqual(['kept'])
    expect(await storedNoteTexts(store, docName)).toEqual(['kept'])
    // Nobody holds it now: the next deadline unloads it (its control room after another one).
    await timers.advance(IDLE_MS)
    expect(unloaded).toEqual([docName])
    expect(rooms.peek(docName)).toBeUndefined()
    await timers.advance(IDLE_MS)
    expect(rooms.loadedCount).toBe(0)
    expect(errors).toEqual([])
  })

  it('keeps a room acquired while its idle unload is settling', async () => {
    const { timers, errors, unloaded } = setUp()
    const first = rooms.acquire(key)
    await first.ready
    rooms.release(first)
    // The deadline fires, and a withRoom user arrives before the unload has settled.
    const deadline = timers.advance(IDLE_MS)
    const slowStoreCall = gate()
    const handler = withRoom(rooms, docName, async (room) => {
      await slowStoreCall.opened
      room.change((doc) => createNote(doc, { laneId: 'health', x: 0, y: 0, text: 'late' }, author))
      return room
    })
    await deadline
    slowStoreCall.open()
    const room = await handler

    expect(unloaded).toEqual([])
    expect(room).toBe(first)
    expect(rooms.peek(docName)).toBe(room)
    expect(await storedNoteTexts(store, docName)).toEqual(['late'])
    expect(errors).toEqual([])
  })

  it('keeps a room loaded while one of two overlapping withRoom users still holds it', async () => {
    const { timers, unloaded } = setUp()
    const slow = gate()
    const entered = gate()
    const long = withRoom(rooms, docName, async (room) => {
      entered.open()
      await slow.opened
      room.change((doc) => createNote(doc, { laneId: 'health', x: 0, y: 0, text: 'long' }, author))
    })
    await entered.opened
    await withRoom(rooms, docName, (room) => room.read(readNotes))
    await timers.advance(IDLE_MS)
    slow.open()
    await long

    expect(unloaded).toEqual([])
    expect(
      rooms
        .peek(docName)
        ?.read(readNotes)
        .map((note) => note.text),
    ).toEqual(['long'])
    expect(await storedNoteTexts(store, docName)).toEqual(['long'])
  })
})
