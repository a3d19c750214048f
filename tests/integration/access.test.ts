import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, createNote, readLanes, readNotes, addLane } from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { closedWith, docReaches, synced, type TestClient } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import type { RunningServer } from '../helpers/server.js'

const harness = useHarness()
let running: RunningServer
const client = (docName: string, token: string): TestClient => harness.client(docName, token)

describe('who may connect and write', () => {
  it('[REL-13] refuses a bad token with 4401, another workshop with 4403 and an unknown document with 4404', async () => {
    running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const other = await createWorkshop(running.httpUrl, 'Other')
    const token = (await join(running.httpUrl, workshop)).token

    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA')
    expect(await closedWith(client(workshop.roomDoc, forged))).toBe(CloseCode.unauthenticated)
    expect(await closedWith(client(workshop.roomDoc, 'not-a-token'))).toBe(
      CloseCode.unauthenticated,
    )
    expect(await closedWith(client(other.roomDoc, token))).toBe(CloseCode.forbidden)
    expect(await closedWith(client(`${workshop.workshopId}.room.zzzzzzzzzzzz`, token))).toBe(
      CloseCode.unknownDocument,
    )
    expect(await closedWith(client('nonsense', token))).toBe(CloseCode.unknownDocument)
  })

  it('[REL-13] refuses tokens with the same claims that this server did not sign: alg none, another key, another algorithm', async () => {
    running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const claims = workshop.facilitatorToken.split('.')[1]!
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const signed = (header: object, algorithm: string, key: string) => {
      const body = `${part(header)}.${claims}`
      return `${body}.${crypto.createHmac(algorithm, key).update(body).digest('base64url')}`
    }
    const impostors = {
      'alg none': `${part({ alg: 'none', typ: 'JWT' })}.${claims}.`,
      'alg none, no dot': `${part({ alg: 'none' })}.${claims}`,
      'another key': signed({ alg: 'HS256' }, 'sha256', 'not-the-server-secret'),
      'HS512 claimed': signed({ alg: 'HS512' }, 'sha512', 'not-the-server-secret'),
    }
    for (const [kind, impostor] of Object.entries(impostors)) {
      const socket = await closedWith(client(workshop.roomDoc, impostor))
      const api = await fetch(`${running.httpUrl}/api/workshops/${workshop.workshopId}`, {
        headers: { authorization: `Bearer ${impostor}` },
      })
      expect({ kind, socket, api: api.status }).toEqual({
        kind,
        socket: CloseCode.unauthenticated,
        api: 401,
      })
    }
    // The genuine token with the same claims still works.
    await synced(client(workshop.roomDoc, workshop.facilitatorToken))
  })

  it('[REL-13] refuses an expired token', async () => {
    let offsetMs = 0
    const clock = { now: () => Date.now() + offsetMs }
    running = await harness.start({ participantTokenTtlSeconds: 3600 }, { clock })
    const workshop = await createWorkshop(running.httpUrl)
    const token = (await join(running.httpUrl, workshop)).token
    const fresh = client(workshop.roomDoc, token)
    await synced(fresh)
    offsetMs = 3601 * 1000
    expect(await closedWith(client(workshop.roomDoc, token))).toBe(CloseCode.unauthenticated)
  })

  it('[FAC-F3][REL-14] lets observers read everything but drops their writes', async () => {
    running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const joined = await join(running.httpUrl, workshop)
    const someone = joined.author
    const participant = client(workshop.roomDoc, joined.token)
    const observer = client(
      workshop.roomDoc,
      (await join(running.httpUrl, workshop, { observer: true })).token,
    )
    await Promise.all([synced(participant), synced(observer)])

    createNote(participant.doc, { laneId: 'health', x: 0, y: 60, text: 'visible' }, someone)
    await docReaches(
      observer.doc,
      'observer receives the note',
      (doc) => readNotes(doc).length === 1,
    )

    const before = Y.encodeStateVector(participant.doc)
    createNote(observer.doc, { laneId: 'health', x: 0, y: 200, text: 'sneaky' }, someone)
    // A marker written after the observer's note: once it arrives, the observer's would have too.
    createNote(participant.doc, { laneId: 'health', x: 0, y: 400, text: 'marker' }, someone)
    const late = client(workshop.roomDoc, (await join(running.httpUrl, workshop)).token)
    await docReaches(late.doc, 'fresh client sees the marker', (doc) =>
      readNotes(doc).some((n) => n.text === 'marker'),
    )
    expect(readNotes(late.doc).map((n) => n.text)).toEqual(['visible', 'marker'])
    expect(readNotes(participant.doc).map((n) => n.text)).toEqual(['visible', 'marker'])
    expect(Y.encodeStateVector(participant.doc)).not.toEqual(before)
  })

  it('[FAC-F1][REL-14] keeps participants from changing the control document (lanes)', async () => {
    running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const participant = client(workshop.controlDoc, (await join(running.httpUrl, workshop)).token)
    const facilitator = client(workshop.controlDoc, workshop.facilitatorToken)
    await Promise.all([synced(participant), synced(facilitator)])
    expect(readLanes(participant.doc)).toHaveLength(7)

    addLane(participant.doc, { name: 'Hijacked', color: '#000000' })
    addLane(facilitator.doc, { name: 'Elders', color: '#334155' })
    const fresh = client(workshop.controlDoc, workshop.facilitatorToken)
    await docReaches(fresh.doc, 'facilitator lane arrives', (doc) =>
      readLanes(doc).some((l) => l.name === 'Elders'),
    )
    expect(readLanes(fresh.doc).map((l) => l.name)).not.toContain('Hijacked')
    expect(readLanes(fresh.doc)).toHaveLength(8)
  })
})
