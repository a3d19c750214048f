import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import {
  CloseCode,
  controlDocName,
  draftDocName,
  roomDocName,
  writeAssignments,
  writeBreakout,
  writeRoomEntry,
  type Principal,
} from '@weave/shared'
import { createAdmission, type RoomAdmission } from '../src/admission/admit.js'
import { createRecentRooms, WRITE_BACK_WINDOW_MS } from '../src/admission/recent-rooms.js'
import { createLogger } from '../src/log.js'
import { createRoomManager, type RoomManager } from '../src/rooms/room-manager.js'
import { createSqliteStore } from '../src/store/sqlite-store.js'
import type { Store } from '../src/store/types.js'

// Admission against a real store and real rooms: the control document decides breakout rooms,
// the store who was removed and what exists, a clock the test moves the write-back window.

const WORKSHOP = 'wadmit1'
const MAIN = 'rmain01'
const BREAKOUT = 'rbreak1'

const principal = (participantId: string, role: Principal['role'] = 'participant'): Principal => ({
  workshopId: WORKSHOP,
  participantId,
  role,
  name: participantId,
  sector: null,
})
const alice = principal('palice1')
const bob = principal('pbob001')

/** A control document with breakouts open and alice assigned to the breakout room. */
function controlUpdate(): Uint8Array {
  const doc = new Y.Doc()
  writeRoomEntry(doc, { id: MAIN, name: 'Main', position: 0, closed: false })
  writeRoomEntry(doc, { id: BREAKOUT, name: 'Breakout', position: 1, closed: false })
  writeBreakout(doc, { status: 'open', freeMovement: false })
  writeAssignments(doc, new Map([[alice.participantId, BREAKOUT]]))
  return Y.encodeStateAsUpdate(doc)
}

let store: Store | null = null
let rooms: RoomManager | null = null
afterEach(async () => {
  await rooms?.closeAll()
  await store?.close()
  rooms = store = null
})

async function setUp(): Promise<{
  admission: RoomAdmission
  clock: { now: () => number; t: number }
}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weave-admit-'))
  const opened = createSqliteStore({ file: path.join(dir, 'weave.sqlite'), synchronous: 'NORMAL' })
  store = opened
  await opened.createWorkshop(
    { id: WORKSHOP, title: 'Admitted', joinCode: 'JADMIT', observerCode: 'OADMIT', createdAt: 1 },
    [
      { id: MAIN, workshopId: WORKSHOP, name: 'Main', position: 0, createdAt: 1 },
      { id: BREAKOUT, workshopId: WORKSHOP, name: 'Breakout', position: 1, createdAt: 1 },
    ],
    {
      id: 'pfacil1',
      workshopId: WORKSHOP,
      role: 'facilitator',
      displayName: 'Fac',
      sector: null,
      createdAt: 1,
    },
    [{ docName: controlDocName(WORKSHOP), update: controlUpdate() }],
  )
  for (const { participantId } of [alice, bob])
    await opened.addParticipant({
      id: participantId,
      workshopId: WORKSHOP,
      role: 'participant',
      displayName: participantId,
      sector: null,
      createdAt: 2,
    })
  const manager = createRoomManager({
    store: opened,
    log: createLogger('error'),
    idleUnloadMs: 60_000,
    compactAfterUpdates: 1000,
  })
  rooms = manager
  const clock = {
    t: 1_000_000,
    now() {
      return this.t
    },
  }
  const recentRooms = createRecentRooms(clock)
  return { admission: createAdmission({ store: opened, rooms: manager, recentRooms }), clock }
}

const refusal = (code: number, message: string) =>
  expect.objectContaining({ closeCode: code, message })

describe('room admission', () => {
  it('[FAC-M4] refuses a removed participant with 4410, before anything about the document', async () => {
    const { admission } = await setUp()
    await store!.removeParticipant(WORKSHOP, bob.participantId, 3)
    await expect(admission.admit(bob, roomDocName(WORKSHOP, MAIN))).rejects.toEqual(
      refusal(CloseCode.removed, 'removed from the workshop'),
    )
    await expect(admission.admit(bob, 'not a document')).rejects.toEqual(
      refusal(CloseCode.removed, 'removed from the workshop'),
    )
  })

  it('[REL-13] refuses a malformed name and a document that does not exist with 4404', async () => {
    const { admission } = await setUp()
    for (const docName of ['not a document', roomDocName(WORKSHOP, 'rnone01')])
      await expect(admission.admit(alice, docName)).rejects.toEqual(
        refusal(CloseCode.unknownDocument, 'unknown document'),
      )
    const stranger = { ...alice, workshopId: 'wnone01' }
    await expect(admission.admit(stranger, controlDocName('wnone01'))).rejects.toEqual(
      refusal(CloseCode.unknownDocument, 'unknown document'),
    )
  })

  it("[REL-13][FAC-P1] refuses another workshop's documents and someone else's draft with 4403", async () => {
    const { admission } = await setUp()
    await expect(admission.admit(alice, controlDocName('wother1'))).rejects.toEqual(
      refusal(CloseCode.forbidden, 'document of another workshop'),
    )
    const bobsDraft = draftDocName(WORKSHOP, BREAKOUT, bob.participantId)
    await expect(admission.admit(alice, bobsDraft)).rejects.toEqual(
      refusal(CloseCode.forbidden, "document of someone else's draft"),
    )
    await expect(admission.admit(principal('pfacil1', 'facilitator'), bobsDraft)).rejects.toEqual(
      refusal(CloseCode.forbidden, "document of someone else's draft"),
    )
  })

  it('[FAC-B1] lets a participant enter their own room and the control document; facilitators go anywhere', async () => {
    const { admission } = await setUp()
    const breakout = roomDocName(WORKSHOP, BREAKOUT)
    expect(await admission.admit(alice, breakout)).toEqual({
      kind: 'enter',
      ref: { kind: 'room', workshopId: WORKSHOP, roomId: BREAKOUT },
    })
    expect((await admission.admit(alice, controlDocName(WORKSHOP))).kind).toBe('enter')
    expect((await admission.admit(bob, roomDocName(WORKSHOP, MAIN))).kind).toBe('enter')
    const facilitator = principal('pfacil1', 'facilitator')
    expect((await admission.admit(facilitator, breakout)).kind).toBe('enter')
  })

  it('[FAC-B1] refuses a room that is not the participant’s with 4412 when they were never in it', async () => {
    const { admission } = await setUp()
    await expect(admission.admit(alice, roomDocName(WORKSHOP, MAIN))).rejects.toEqual(
      refusal(CloseCode.moved, 'not your room now'),
    )
  })

  it('[FAC-B2] admits a write-back within the window after leaving the room, and 4412 after it', async () => {
    const { admission, clock } = await setUp()
    const main = roomDocName(WORKSHOP, MAIN)
    // Alice was in the main room before the move; the window counts from her last moment there.
    admission.present(alice, main)
    clock.t += WRITE_BACK_WINDOW_MS
    expect(await admission.admit(alice, main)).toEqual({
      kind: 'write-back',
      ref: { kind: 'room', workshopId: WORKSHOP, roomId: MAIN },
    })
    clock.t += 1
    await expect(admission.admit(alice, main)).rejects.toEqual(
      refusal(CloseCode.moved, 'not your room now'),
    )
  })

  it('[FAC-B2] records only participants: they alone are held to their rooms', async () => {
    const { admission } = await setUp()
    const main = roomDocName(WORKSHOP, MAIN)
    // Same participant id, another role: nothing recorded for the participant.
    admission.present({ ...alice, role: 'observer' }, main)
    await expect(admission.admit(alice, main)).rejects.toEqual(
      refusal(CloseCode.moved, 'not your room now'),
    )
  })
})
