import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { controlDocName, setPhase, type Phase } from '@weave/shared'
import { createLogger } from '../src/log.js'
import type { Room } from '../src/rooms/room.js'
import type { RoomManager } from '../src/rooms/room-manager.js'
import { createSqliteStore } from '../src/store/sqlite-store.js'
import type { Store } from '../src/store/types.js'
import { createRetentionSweep, type RetentionSweep } from '../src/workshops/retention-sweep.js'
import type { WorkshopDeletion } from '../src/workshops/workshop-deletion.js'

// The sweep against a real store, with the one room this instance holds controlled by the test:
// the races it must survive (a room still loading, a copy a step behind or ahead of the store)
// are too short-lived to produce on demand through a running server.

const DAY_MS = 24 * 60 * 60 * 1000
const WORKSHOP = 'wsweep1'

function phaseUpdate(phase: Phase): Uint8Array {
  const doc = new Y.Doc()
  setPhase(doc, phase)
  return Y.encodeStateAsUpdate(doc)
}

/**
 * A control room this instance holds, whose document says `phase` once loaded. `loading`: it is
 * still loading (its document empty) until someone waits for it to be ready.
 */
function loadedRoom(phase: Phase, loading = false): Room {
  const doc = new Y.Doc()
  const load = () => setPhase(doc, phase)
  if (!loading) load()
  return {
    get ready() {
      if (loading) load()
      return Promise.resolve()
    },
    read: <T>(read: (d: Y.Doc) => T) => read(doc),
  } as unknown as Room
}

let store: Store | null = null
let sweeper: RetentionSweep | null = null
afterEach(async () => {
  await sweeper?.close()
  await store?.close()
  sweeper = store = null
})

/** A store holding one workshop closed 31 days ago (phase as stored: `storedPhase`). */
async function setUp(storedPhase: Phase, room: Room | undefined) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weave-sweep-'))
  const opened = createSqliteStore({ file: path.join(dir, 'weave.sqlite'), synchronous: 'NORMAL' })
  store = opened
  await opened.createWorkshop(
    { id: WORKSHOP, title: 'Swept', joinCode: 'JSWEEP', observerCode: 'OSWEEP', createdAt: 1 },
    [],
    {
      id: 'facsweep',
      workshopId: WORKSHOP,
      role: 'facilitator',
      displayName: 'F',
      sector: null,
      createdAt: 1,
    },
    [{ docName: controlDocName(WORKSHOP), update: phaseUpdate(storedPhase) }],
  )
  await opened.setWorkshopClosedAt(WORKSHOP, 0)
  const rooms = {
    peek: (docName: string) => (docName === controlDocName(WORKSHOP) ? room : undefined),
    loadedWorkshops: () => [],
  } as unknown as RoomManager
  const deletion = {
    delete: (workshopId: string) => opened.deleteWorkshop(workshopId),
  } as unknown as WorkshopDeletion
  sweeper = createRetentionSweep({
    store: opened,
    rooms,
    deletion,
    clock: { now: () => 31 * DAY_MS },
    log: createLogger('silent'),
    retentionDays: 30,
  })
  return { store: opened, sweeper }
}

describe('retention sweep', () => {
  it('waits for a control room still loading instead of reading its empty document', async () => {
    // Its empty document reads as "live", which must not count as a reopening.
    const { store, sweeper } = await setUp('closed', loadedRoom('closed', true))
    expect(await sweeper.sweep()).toEqual([WORKSHOP])
    expect(await store.getWorkshop(WORKSHOP)).toBeNull()
  })

  it('keeps a workshop whose loaded room was reopened before the store heard of it, for now', async () => {
    const { store, sweeper } = await setUp('closed', loadedRoom('live'))
    expect(await sweeper.sweep()).toEqual([])
    expect(await store.getWorkshop(WORKSHOP)).not.toBeNull()
    // Not cleared on the word of a room that may be a step behind (in a cluster) either.
    expect(await store.listClosedBefore(31 * DAY_MS)).toEqual([WORKSHOP])
  })

  it('stops counting a workshop the store says was reopened, whatever a loaded room says', async () => {
    const { store, sweeper } = await setUp('live', loadedRoom('closed'))
    expect(await sweeper.sweep()).toEqual([])
    expect(await store.getWorkshop(WORKSHOP)).not.toBeNull()
    expect(await store.listClosedBefore(31 * DAY_MS)).toEqual([])
  })

  it('deletes a closed workshop nobody has loaded here', async () => {
    const { store, sweeper } = await setUp('closed', undefined)
    expect(await sweeper.sweep()).toEqual([WORKSHOP])
    expect(await store.listClosedBefore(31 * DAY_MS)).toEqual([])
  })
})
