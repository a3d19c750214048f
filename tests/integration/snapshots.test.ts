import { describe, expect, it } from 'vitest'
import {
  createNote,
  deleteNote,
  readNotes,
  type SnapshotBoard,
  type SnapshotInfo,
  type RoomInfo,
} from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { docReaches, synced } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'
import { eventually } from '../helpers/wait.js'

const harness = useHarness()

describe('snapshots', () => {
  it('captures a room by hand and at the end of a round, for facilitators only', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const base = `${running.httpUrl}/api/workshops/${workshop.workshopId}`
    const roomId = workshop.rooms[0]!.roomId
    const ana = await join(running.httpUrl, workshop)
    const board = harness.client(workshop.roomDoc, ana.token)
    await synced(board)
    const kept = createNote(board.doc, { laneId: 'health', x: 0, y: 80, text: 'kept' }, ana.author)
    const gone = createNote(
      board.doc,
      { laneId: 'health', x: 0, y: 300, text: 'CANARY-deleted-before' },
      ana.author,
    )
    deleteNote(board.doc, gone)
    const witness = harness.client(workshop.roomDoc, workshop.facilitatorToken)
    await docReaches(witness.doc, 'one note stored', (doc) => readNotes(doc).length === 1)

    const taken = await call(`${base}/snapshots`, 'POST', workshop.facilitatorToken, {
      roomId,
      name: 'Before lunch',
    })
    expect(taken.status).toBe(201)
    const info = taken.body as SnapshotInfo
    expect(info).toMatchObject({ name: 'Before lunch', reason: 'manual', roomId })

    // Later edits do not change it.
    createNote(board.doc, { laneId: 'health', x: 0, y: 500, text: 'after' }, ana.author)
    await docReaches(witness.doc, 'two notes', (doc) => readNotes(doc).length === 2)
    const opened = (await call(`${base}/snapshots/${info.id}`, 'GET', workshop.facilitatorToken))
      .body as SnapshotBoard
    expect(opened.notes.map((n) => n.id)).toEqual([kept])
    expect(JSON.stringify(opened)).not.toContain('CANARY')

    // Restoring makes a new room from the snapshot; the live room is untouched.
    const restored = await call(
      `${base}/snapshots/${info.id}/restore`,
      'POST',
      workshop.facilitatorToken,
      {},
    )
    expect(restored.status).toBe(201)
    const newRoom = restored.body as RoomInfo
    expect(newRoom.name).toBe('Before lunch (restored)')
    const restoredBoard = harness.client(newRoom.docName, workshop.facilitatorToken)
    await docReaches(restoredBoard.doc, 'restored notes', (doc) => readNotes(doc).length === 1)
    expect(readNotes(restoredBoard.doc)[0]?.text).toBe('kept')
    expect(readNotes(witness.doc)).toHaveLength(2)
    expect((await call(`${base}/snapshots/${info.id}/restore`, 'POST', ana.token, {})).status).toBe(
      403,
    )

    // A round that ends is captured automatically.
    await call(`${base}/rounds`, 'POST', workshop.facilitatorToken, {
      prompt: 'Check-in',
      durationSec: 60,
      mode: 'open',
    })
    await call(`${base}/rounds/current/end`, 'POST', workshop.facilitatorToken, {})
    let list: SnapshotInfo[] = []
    await eventually('the end-of-round snapshot', async () => {
      list = (await call(`${base}/snapshots`, 'GET', workshop.facilitatorToken))
        .body as SnapshotInfo[]
      // One per room: the main room and the restored one.
      return list.filter((s) => s.reason === 'round-end').length === 2
    })
    expect(list.map((s) => s.reason)).toEqual(['manual', 'round-end', 'round-end'])
    expect(list[1]!.name).toBe('Check-in (end of round)')

    // Participants and observers may not take, list or open snapshots.
    expect((await call(`${base}/snapshots`, 'GET', ana.token)).status).toBe(403)
    expect((await call(`${base}/snapshots/${info.id}`, 'GET', ana.token)).status).toBe(403)
    expect((await call(`${base}/snapshots`, 'POST', ana.token, { roomId, name: 'x' })).status).toBe(
      403,
    )
  })
})
