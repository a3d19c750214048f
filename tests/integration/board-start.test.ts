import http from 'node:http'
import zlib from 'node:zlib'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  BOARD_START_TICKETS_HEADER,
  BOARD_START_TYPE,
  CloseCode,
  createNote,
  decodeBoardStart,
  readNotes,
  readPhase,
  type BoardStart,
  type RoomInfo,
} from '@weave/shared'
import { createWorkshop, join, type TestWorkshop } from '../helpers/api.js'
import { docReaches, synced } from '../helpers/clients.js'
import { call } from '../helpers/http.js'
import { useHarness } from '../helpers/harness.js'
import type { RunningServer } from '../helpers/server.js'
import { attempt } from '../helpers/tickets.js'
import { eventually } from '../helpers/wait.js'

const harness = useHarness()

/** The raw answer of GET /start, asking for `encoding` (nothing decompresses it for us). */
function getStart(
  running: RunningServer,
  workshopId: string,
  token: string | null,
  encoding = 'br, gzip',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const url = new URL(`${running.httpUrl}/api/workshops/${workshopId}/start`)
  return new Promise((resolve, reject) => {
    const req = http.get(
      url,
      {
        headers: {
          'accept-encoding': encoding,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        )
      },
    )
    req.on('error', reject)
  })
}

/** The decoded board start for `token` (Brotli, as browsers ask for it). */
async function startFor(running: RunningServer, workshopId: string, token: string) {
  const res = await getStart(running, workshopId, token)
  expect(res.status).toBe(200)
  expect(res.headers['content-type']).toBe(BOARD_START_TYPE)
  expect(res.headers['content-encoding']).toBe('br')
  expect(res.headers['cache-control']).toBe('no-store')
  const start = decodeBoardStart(zlib.brotliDecompressSync(res.body))
  if (!start) throw new Error('not a board start')
  const tickets = String(res.headers[BOARD_START_TICKETS_HEADER] ?? '').split(' ')
  expect(tickets).toHaveLength(start.docs.length)
  return { start, tickets, wire: res.body }
}

/** A document holding the start's state for `docName`. */
function docOf(start: BoardStart, docName: string): Y.Doc {
  const entry = start.docs.find((doc) => doc.docName === docName)
  if (!entry) throw new Error(`no ${docName} in the start`)
  const doc = new Y.Doc()
  Y.applyUpdate(doc, entry.state)
  return doc
}

describe('GET /api/workshops/:id/start (a board page in one request)', () => {
  it('[REL-7] brings the control document and the room, compressed, with a working ticket for each', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const ana = await join(running.httpUrl, workshop, { name: 'Ana' })
    const writer = harness.client(workshop.roomDoc, ana.token)
    await synced(writer)
    for (let i = 0; i < 50; i++) {
      createNote(
        writer.doc,
        { laneId: 'health', x: i * 10, y: 0, text: `note ${i}: what families tell us` },
        ana.author,
      )
    }
    // Once another client has them, the server has stored them: the start must hold them too.
    const witness = harness.client(workshop.roomDoc, workshop.facilitatorToken)
    await docReaches(witness.doc, '50 notes', (doc) => readNotes(doc).length === 50)
    const { start, tickets, wire } = await startFor(running, workshop.workshopId, ana.token)
    const wireBytes = wire.byteLength
    expect(start.roomId).toBe(workshop.rooms[0]!.roomId)
    expect(start.docs.map((doc) => doc.docName)).toEqual([workshop.controlDoc, workshop.roomDoc])
    expect(readNotes(docOf(start, workshop.roomDoc))).toHaveLength(50)
    expect(readPhase(docOf(start, workshop.controlDoc))).toBe('preparation')
    const raw = start.docs.reduce((sum, doc) => sum + doc.state.byteLength, 0)
    console.log(`board start: ${raw} bytes of state, ${wireBytes} bytes sent (Brotli)`)
    expect(wireBytes).toBeLessThan(raw / 2)

    // Each ticket opens its document once.
    for (const [i, { docName }] of start.docs.entries()) {
      const ticket = tickets[i]
      const url = `${running.wsUrl}/${docName}?ticket=${ticket}`
      expect(await attempt(url)).toEqual({ outcome: 'greeted' })
      expect(await attempt(url)).toEqual({ outcome: 'closed', code: CloseCode.unauthenticated })
    }

    // Everyone in the room gets the same bytes (compressed once) with tickets of their own,
    // until the board changes.
    const bea = await join(running.httpUrl, workshop, { name: 'Bea' })
    const forBea = await startFor(running, workshop.workshopId, bea.token)
    expect(forBea.wire.equals(wire)).toBe(true)
    expect(forBea.tickets).not.toEqual(tickets)
    createNote(writer.doc, { laneId: 'health', x: 0, y: 90, text: 'one more' }, ana.author)
    await eventually('the new note in the start', async () => {
      const later = await startFor(running, workshop.workshopId, bea.token)
      return readNotes(docOf(later.start, workshop.roomDoc)).length === 51
    })
  })

  it('sends gzip or plain bytes to clients that do not take Brotli', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const gz = await getStart(running, workshop.workshopId, workshop.facilitatorToken, 'gzip')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(decodeBoardStart(zlib.gunzipSync(gz.body))?.docs).toHaveLength(2)
    const plain = await getStart(running, workshop.workshopId, workshop.facilitatorToken, '')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(decodeBoardStart(plain.body)?.docs).toHaveLength(2)
  })

  it('[REL-7] gives a participant in a breakout their room only, and the others the main room', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const ana = await join(running.httpUrl, workshop, { name: 'Ana' })
    const observer = await join(running.httpUrl, workshop, { observer: true })
    const facilitate = (path: string, body: unknown) =>
      call(
        `${running.httpUrl}/api/workshops/${workshop.workshopId}${path}`,
        'POST',
        workshop.facilitatorToken,
        body,
      )
    const rooms = (await facilitate('/rooms', { count: 2 })).body as RoomInfo[]
    const breakout = rooms[1]!
    await facilitate('/breakouts/move', {
      participantId: ana.participantId,
      roomId: breakout.roomId,
    })
    expect((await facilitate('/breakouts/open', {})).status).toBe(200)
    const inBreakout = harness.client(breakout.docName, workshop.facilitatorToken)
    await synced(inBreakout)
    createNote(
      inBreakout.doc,
      { laneId: 'health', x: 0, y: 0, text: 'only in the breakout' },
      { id: 'facilitator', name: 'F', sector: null },
    )
    await docReaches(inBreakout.doc, 'the note', (doc) => readNotes(doc).length === 1)

    const forAna = (await startFor(running, workshop.workshopId, ana.token)).start
    expect(forAna.roomId).toBe(breakout.roomId)
    expect(forAna.docs.map((doc) => doc.docName)).toEqual([workshop.controlDoc, breakout.docName])
    expect(readNotes(docOf(forAna, breakout.docName)).map((note) => note.text)).toEqual([
      'only in the breakout',
    ])
    for (const token of [workshop.facilitatorToken, observer.token]) {
      const { start } = await startFor(running, workshop.workshopId, token)
      expect(start.roomId).toBe(workshop.rooms[0]!.roomId)
      expect(start.docs.map((doc) => doc.docName)).toEqual([workshop.controlDoc, workshop.roomDoc])
    }
  })

  it('[REL-7] refuses with a clear 4xx: no token, another workshop, a removed participant, no workshop', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl, 'A')
    const other: TestWorkshop = await createWorkshop(running.httpUrl, 'B')
    const ana = await join(running.httpUrl, workshop, { name: 'Ana' })
    const errorOf = async (workshopId: string, token: string | null) => {
      const res = await getStart(running, workshopId, token, '')
      const body = JSON.parse(res.body.toString()) as { error: { code: string; message: string } }
      expect(body.error.message.length).toBeGreaterThan(10)
      return [res.status, body.error.code]
    }
    expect(await errorOf(workshop.workshopId, null)).toEqual([401, 'unauthenticated'])
    expect(await errorOf(other.workshopId, ana.token)).toEqual([403, 'wrong_workshop'])
    expect(await errorOf('not a workshop', ana.token)).toEqual([404, 'unknown_workshop'])
    const removed = await call(
      `${running.httpUrl}/api/workshops/${workshop.workshopId}/participants/${ana.participantId}/remove`,
      'POST',
      workshop.facilitatorToken,
      {},
    )
    expect(removed.status).toBe(200)
    expect(await errorOf(workshop.workshopId, ana.token)).toEqual([403, 'removed'])
  })
})
