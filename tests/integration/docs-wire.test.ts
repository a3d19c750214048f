import zlib from 'node:zlib'
import * as decoding from 'lib0/decoding'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode, createNote, FATAL_CLOSE_CODES, readNotes } from '@weave/shared'
import { createWorkshop, join, postJson } from '../helpers/api.js'
import { docReaches, synced, type TestClient } from '../helpers/clients.js'
import { readDoc, tableUnder } from '../helpers/docs.js'
import { useHarness } from '../helpers/harness.js'
import { getRaw } from '../helpers/http.js'
import type { RunningServer } from '../helpers/server.js'
import { attempt } from '../helpers/tickets.js'

// These tests hold docs/protocol.md and docs/api.md to the wire: they decode what the server
// sends with lib0 and node:zlib alone, as a client written from the docs would, never with
// Weave's own decoders.

const harness = useHarness()
let providers: TestClient[] = []
afterEach(() => {
  for (const provider of providers) provider.destroy()
  providers = []
})

/** The board start as api.md lays it out (API-2), read with lib0 alone. */
function decodeAsDocumented(body: Uint8Array) {
  const decoder = decoding.createDecoder(body)
  const version = decoding.readVarUint(decoder)
  const roomId = decoding.readVarString(decoder)
  const count = decoding.readVarUint(decoder)
  const docs: Array<{ name: string; state: Uint8Array }> = []
  for (let i = 0; i < count; i++) {
    const name = decoding.readVarString(decoder)
    docs.push({ name, state: decoding.readVarUint8Array(decoder) })
  }
  return { version, roomId, docs, trailing: decoding.hasContent(decoder) }
}

/** The payload of a sync step 2 frame (message type 0, sub-type 1), or null for other frames. */
function syncStep2Of(frame: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(frame)
  if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 1) return null
  return decoding.readVarUint8Array(decoder)
}

/**
 * The official provider opening `docName` with a ticket (as a browser does), holding nothing yet;
 * `firstStep2` resolves with the payload of the first sync step 2 the server sends it.
 */
function openWithTicket(running: RunningServer, docName: string, ticket: string) {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(running.wsUrl, docName, doc, {
    params: { ticket },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  const client: TestClient = {
    doc,
    provider,
    closes: [],
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
  providers.push(client)
  // The socket exists from the constructor on; its first frame comes later.
  const firstStep2 = new Promise<Uint8Array>((resolve) => {
    provider.ws?.addEventListener('message', (event: MessageEvent) => {
      const payload = syncStep2Of(new Uint8Array(event.data as ArrayBuffer))
      if (payload) resolve(payload)
    })
  })
  return { client, firstStep2 }
}

describe('the wire as the docs describe it', () => {
  it('[PRO-6] protocol.md lists exactly the close codes of close-codes.ts, by name, "stop" for the fatal ones', () => {
    const rows = tableUnder(readDoc('protocol.md'), '## Close codes')
    const documented = rows.map((row) => Number(row.code))
    expect(new Set(documented).size).toBe(documented.length)
    const byNumber = (a: number, b: number) => a - b
    expect([...documented].sort(byNumber)).toEqual(Object.values(CloseCode).sort(byNumber))
    for (const [name, code] of Object.entries(CloseCode)) {
      const row = rows.find((candidate) => Number(candidate.code) === code)
      expect(row?.name, `${code}`).toBe(name)
      expect(row?.meaning, `${code}`).not.toBe('')
      expect(row?.['sent when'], `${code}`).not.toBe('')
      expect(row?.['client should']?.startsWith('stop'), `${code}: ${row?.['client should']}`).toBe(
        FATAL_CLOSE_CODES.has(code),
      )
    }
  })

  it('[API-2] [API-3] [API-4] [PRO-1] GET /start reads with lib0 alone, holds what the sockets send, and its tickets open them once', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const ana = await join(running.httpUrl, workshop, { name: 'Ana' })
    const writer = harness.client(workshop.roomDoc, ana.token)
    await synced(writer)
    for (let i = 0; i < 20; i++) {
      createNote(writer.doc, { laneId: 'health', x: i * 10, y: 0, text: `note ${i} ✓` }, ana.author)
    }
    const witness = harness.client(workshop.roomDoc, workshop.facilitatorToken)
    await docReaches(witness.doc, '20 notes', (doc) => readNotes(doc).length === 20)

    const url = `${running.httpUrl}/api/workshops/${workshop.workshopId}/start`
    const ask = (encoding: string) =>
      getRaw(url, { authorization: `Bearer ${ana.token}`, 'accept-encoding': encoding })
    const [br, gzip, plain] = await Promise.all([ask('br, gzip'), ask('gzip'), ask('')])
    for (const res of [br, gzip, plain]) {
      expect(res.status).toBe(200)
      expect(res.headers['content-type']).toBe('application/vnd.weave.board-start')
      expect(res.headers['cache-control']).toBe('no-store')
      expect(res.headers.vary).toBe('Accept-Encoding')
      expect(Number(res.headers['content-length'])).toBe(res.body.byteLength)
    }
    expect(br.headers['content-encoding']).toBe('br')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(plain.headers['content-encoding']).toBeUndefined()
    // Content-codings are case-insensitive.
    expect((await ask('BR')).headers['content-encoding']).toBe('br')
    const body = new Uint8Array(zlib.brotliDecompressSync(br.body))
    expect(new Uint8Array(zlib.gunzipSync(gzip.body))).toEqual(body)
    expect(new Uint8Array(plain.body)).toEqual(body)

    const start = decodeAsDocumented(body)
    expect(start.version).toBe(1)
    expect(start.roomId).toBe(workshop.rooms[0]!.roomId)
    expect(start.docs.map((doc) => doc.name)).toEqual([workshop.controlDoc, workshop.roomDoc])
    expect(start.trailing).toBe(false)

    const tickets = String(br.headers['weave-connect-tickets']).split(' ')
    expect(tickets).toHaveLength(start.docs.length)
    for (const ticket of tickets) expect(ticket).toMatch(/^[A-Za-z0-9_-]{43}$/)

    for (const [i, { name, state }] of start.docs.entries()) {
      const { client, firstStep2 } = openWithTicket(running, name, tickets[i]!)
      // What the socket sends a client that holds nothing: the same bytes.
      expect(await firstStep2).toEqual(state)
      await synced(client)
      const fromStart = new Y.Doc()
      Y.applyUpdate(fromStart, state)
      expect(Y.encodeStateVector(client.doc)).toEqual(Y.encodeStateVector(fromStart))
      if (name === workshop.roomDoc) expect(readNotes(fromStart)).toHaveLength(20)
      // Once only.
      const again = `${running.wsUrl}/${name}?ticket=${tickets[i]}`
      expect(await attempt(again)).toEqual({ outcome: 'closed', code: CloseCode.unauthenticated })
    }

    // A ticket opens its own document and no other.
    const fresh = String((await ask('')).headers['weave-connect-tickets']).split(' ')
    const [controlTicket, roomTicket] = fresh
    expect(await attempt(`${running.wsUrl}/${workshop.roomDoc}?ticket=${controlTicket}`)).toEqual({
      outcome: 'closed',
      code: CloseCode.unauthenticated,
    })
    expect(await attempt(`${running.wsUrl}/${workshop.roomDoc}?ticket=${roomTicket}`)).toEqual({
      outcome: 'greeted',
    })
  })

  it('[API-1] answers errors on the binary route as JSON with a stable code and a sentence', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const url = `${running.httpUrl}/api/workshops/${workshop.workshopId}/start`
    const res = await getRaw(url, { 'accept-encoding': 'br' })
    expect(res.status).toBe(401)
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
    const body = JSON.parse(res.body.toString('utf8')) as {
      error: { code: string; message: string }
    }
    expect(body.error.code).toBe('unauthenticated')
    expect(body.error.message.length).toBeGreaterThan(10)
  })

  it('[API-1] names the field at fault, also for a body that matches no shape of the join request', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const joinWith = async (body: unknown) => {
      const { status, body: answer } = await postJson(
        `${running.httpUrl}/api/workshops/${workshop.workshopId}/join`,
        body,
      )
      expect(status).toBe(400)
      return (answer as { error: { code: string; message: string } }).error
    }
    const badSector = await joinWith({
      joinCode: workshop.joinCode,
      displayName: 'Ana',
      sector: 'x',
    })
    expect(badSector.code).toBe('invalid_request')
    expect(badSector.message).toMatch(/^The request is not valid: sector: must be one of/)
    const anonymousWithName = await joinWith({
      joinCode: workshop.joinCode,
      anonymous: true,
      displayName: 'Ana',
    })
    expect(anonymousWithName.message).toContain('displayName')
  })
})
