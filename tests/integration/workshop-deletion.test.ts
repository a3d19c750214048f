import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CloseCode, createNote, readNotes } from '@weave/shared'
import { createWorkshop, describe as describeWorkshop, join, postJson } from '../helpers/api.js'
import { closedWith, connectClient, docReaches, synced } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'
import { eventually } from '../helpers/wait.js'

/**
 * `eventually` over the in-process SQLite store, whose promises resolve without I/O: each try
 * first lets the event loop turn, so the server gets to handle the change being waited for.
 */
const storeReaches = (what: string, check: () => Promise<boolean>) =>
  eventually(what, async () => {
    await new Promise((resolve) => setImmediate(resolve))
    return check()
  })

const h = useHarness()
const CANARY = 'CANARY-summit-words-5e8a'
const KEPT = 'KEPT-other-workshop-0d1c'

/** The files of `dir` whose bytes contain `text` (the database, its WAL and shared memory). */
function filesContaining(dir: string, text: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => fs.readFileSync(path.join(dir, file)).includes(Buffer.from(text)))
}

describe('deleting a workshop', () => {
  it('[FAC-D1][FAC-D2][REL-35][REL-36] closes live sockets with 4411, leaves no byte in the data directory, and old tokens and codes stop working', async () => {
    const running = await h.start()
    const url = running.httpUrl
    const workshop = await createWorkshop(url, 'Early years summit')
    const other = await createWorkshop(url, 'Other workshop')
    const participant = await join(url, workshop)
    const observer = await join(url, workshop, { observer: true })

    const board = h.client(workshop.roomDoc, participant.token)
    const control = h.client(workshop.controlDoc, workshop.facilitatorToken)
    const otherBoard = h.client(other.roomDoc, other.facilitatorToken)
    await Promise.all([synced(board), synced(control), synced(otherBoard)])
    createNote(board.doc, { laneId: 'health', x: 0, y: 0, text: CANARY }, participant.author)
    createNote(otherBoard.doc, { laneId: 'health', x: 0, y: 0, text: KEPT }, participant.author)
    const witness = h.client(workshop.roomDoc, workshop.facilitatorToken)
    await docReaches(witness.doc, 'the canary note', (doc) => readNotes(doc).length === 1)
    await storeReaches('the notes to be stored', async () => {
      const stored = (await running.server.store.loadDoc(other.roomDoc)).updates
      return stored.some((update) => Buffer.from(update).includes(Buffer.from(KEPT)))
    })
    expect(filesContaining(running.dataDir, CANARY).length).toBeGreaterThan(0)

    const endpoint = `${url}/api/workshops/${workshop.workshopId}`
    const confirm = { confirm: 'Early years summit' }
    expect((await call(endpoint, 'DELETE', participant.token, confirm)).status).toBe(403)
    expect((await call(endpoint, 'DELETE', observer.token, confirm)).status).toBe(403)
    expect((await call(endpoint, 'DELETE', other.facilitatorToken, confirm)).status).toBe(403)
    expect((await call(endpoint, 'DELETE', null, confirm)).status).toBe(401)
    expect((await call(endpoint, 'DELETE', workshop.facilitatorToken, {})).status).toBe(400)
    const wrong = await call(endpoint, 'DELETE', workshop.facilitatorToken, { confirm: 'Early' })
    expect(wrong).toMatchObject({ status: 400, body: { error: { code: 'confirmation_mismatch' } } })
    expect(await running.server.store.getWorkshop(workshop.workshopId)).not.toBeNull()

    const before = filesContaining(running.dataDir, CANARY)
    const startedAt = performance.now()
    const deleted = await call(endpoint, 'DELETE', workshop.facilitatorToken, confirm)
    const tookMs = performance.now() - startedAt
    expect(deleted).toEqual({
      status: 200,
      body: { deleted: true, workshopId: workshop.workshopId },
    })
    expect(await closedWith(board)).toBe(CloseCode.workshopDeleted)
    expect(await closedWith(control)).toBe(CloseCode.workshopDeleted)
    expect(await closedWith(witness)).toBe(CloseCode.workshopDeleted)
    console.log(
      `deletion answered in ${tookMs.toFixed(0)} ms; canary was in ${before.join(', ')} before`,
    )

    // Old tokens and the invitation code get clean answers (404 today; 401 would do), never 500.
    expect([401, 404]).toContain(
      (await describeWorkshop(url, workshop.workshopId, participant.token)).status,
    )
    expect([401, 404]).toContain(
      (await call(endpoint, 'DELETE', workshop.facilitatorToken, confirm)).status,
    )
    const rejoin = await postJson(`${endpoint}/join`, {
      joinCode: workshop.joinCode,
      displayName: 'Ana',
      sector: 'health',
    })
    expect(rejoin.status).toBe(404)
    const late = connectClient(running.wsUrl, workshop.roomDoc, participant.token)
    expect([CloseCode.unauthenticated, CloseCode.unknownDocument]).toContain(await closedWith(late))
    late.destroy()

    expect(filesContaining(running.dataDir, CANARY)).toEqual([])
    expect(filesContaining(running.dataDir, KEPT).length).toBeGreaterThan(0)
    expect((await describeWorkshop(url, other.workshopId, other.facilitatorToken)).status).toBe(200)
    // The workshop's id confirms as well as its title.
    const third = await createWorkshop(url, 'Third workshop')
    const byId = await call(
      `${url}/api/workshops/${third.workshopId}`,
      'DELETE',
      third.facilitatorToken,
      {
        confirm: third.workshopId,
      },
    )
    expect(byId.status).toBe(200)
    // Nothing of the deleted workshop is written back when its clients and rooms go away.
    await running.stop()
    expect(filesContaining(running.dataDir, CANARY)).toEqual([])
  })
})
