import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addLane,
  readAttention,
  readLanes,
  readPhase,
  setAttention,
  setLaneLocked,
  setPhase,
  writeRound,
  type Round,
} from '@weave/shared'
import { createWorkshop, join, type TestWorkshop } from '../helpers/api.js'
import { docReaches, synced, type TestClient } from '../helpers/clients.js'
import { call } from '../helpers/http.js'
import { openRawSocket } from '../helpers/raw-socket.js'
import { useHarness } from '../helpers/harness.js'
import type { RunningServer } from '../helpers/server.js'

const harness = useHarness()
let running: RunningServer
const client = (docName: string, token: string): TestClient => harness.client(docName, token)

const HTTP_ACTIONS: Array<[string, 'POST', string, unknown]> = [
  ['start a round', 'POST', '/rounds', { prompt: 'Check-in', durationSec: 60, mode: 'private' }],
  ['pause the round', 'POST', '/rounds/current/pause', {}],
  ['resume the round', 'POST', '/rounds/current/resume', {}],
  ['extend the round', 'POST', '/rounds/current/extend', { seconds: 60 }],
  ['end the round', 'POST', '/rounds/current/end', {}],
  ['reveal', 'POST', '/rounds/current/reveal', { anonymise: false }],
  ['open a vote', 'POST', '/votes', { dotsPerPerson: 3 }],
  ['close the vote', 'POST', '/votes/current/close', {}],
]

/** Everything a facilitator controls, changed through the control document directly. */
const YJS_ACTIONS: Array<[string, (doc: Y.Doc) => void]> = [
  ['switch phase', (doc) => setPhase(doc, 'closed')],
  ['add a lane', (doc) => addLane(doc, { name: 'Hijacked', color: '#000000' })],
  ['lock a lane', (doc) => setLaneLocked(doc, 'health', true)],
  ['lock the board', (doc) => setAttention(doc, { boardLocked: true })],
  ['spotlight', (doc) => setAttention(doc, { spotlight: 'x', hideCursors: true })],
  ['follow', (doc) => setAttention(doc, { follow: { participantId: 'p', name: 'Me' } })],
  [
    'write a round',
    (doc) =>
      writeRound(doc, {
        id: 'fake',
        title: '',
        prompt: 'Fake',
        mode: 'open',
        roomIds: null,
        durationMs: 1,
        status: 'running',
        startedAt: 0,
        endsAt: 1,
        remainingMs: 1,
        endedAt: null,
        revealedAt: null,
        anonymised: false,
      } satisfies Round),
  ],
]

async function setupWorkshop(): Promise<{
  workshop: TestWorkshop
  tokens: Record<'participant' | 'observer', string>
}> {
  running = await harness.start()
  const workshop = await createWorkshop(running.httpUrl)
  return {
    workshop,
    tokens: {
      participant: (await join(running.httpUrl, workshop)).token,
      observer: (await join(running.httpUrl, workshop, { observer: true })).token,
    },
  }
}

describe('facilitator-only actions', () => {
  it('[FAC-F2] refuses every facilitator action over HTTP to participants and observers (403), leaving state unchanged', async () => {
    const { workshop, tokens } = await setupWorkshop()
    const watcher = client(workshop.controlDoc, workshop.facilitatorToken)
    await synced(watcher)
    const before = Y.encodeStateAsUpdate(watcher.doc)
    for (const role of ['participant', 'observer'] as const) {
      for (const [label, method, path, body] of HTTP_ACTIONS) {
        const res = await call(
          `${running.httpUrl}/api/workshops/${workshop.workshopId}${path}`,
          method,
          tokens[role],
          body,
        )
        expect(res.status, `${role} may not ${label}`).toBe(403)
      }
    }
    // A facilitator marker proves the watcher is up to date: nothing else arrived before it.
    const fresh = client(workshop.controlDoc, workshop.facilitatorToken)
    await synced(fresh)
    expect(Y.encodeStateAsUpdate(fresh.doc)).toEqual(before)
    expect(
      (
        await call(
          `${running.httpUrl}/api/workshops/${workshop.workshopId}/rounds`,
          'POST',
          null,
          HTTP_ACTIONS[0]![3],
        )
      ).status,
    ).toBe(401)
  })

  it('[FAC-F1][FAC-F3][REL-14] drops raw Yjs writes to the control document from participants and observers: byte-identical state, nothing relayed', async () => {
    const { workshop, tokens } = await setupWorkshop()
    const facilitator = client(workshop.controlDoc, workshop.facilitatorToken)
    await synced(facilitator)
    const stateBefore = Y.encodeStateVector(facilitator.doc)
    const spy = await openRawSocket(running.wsUrl, workshop.controlDoc, workshop.facilitatorToken)
    await spy.receivedAtLeast(1)

    for (const role of ['participant', 'observer'] as const) {
      const attacker = client(workshop.controlDoc, tokens[role])
      await synced(attacker)
      for (const [, act] of YJS_ACTIONS) act(attacker.doc)
      // Also as one raw sync update frame, bypassing the provider.
      const rogue = new Y.Doc()
      Y.applyUpdate(rogue, Y.encodeStateAsUpdate(attacker.doc))
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, 0)
      encoding.writeVarUint(encoder, 2)
      encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(rogue))
      const raw = await openRawSocket(running.wsUrl, workshop.controlDoc, tokens[role])
      raw.send(encoding.toUint8Array(encoder))
    }
    const framesBefore = spy.received.length
    addLane(facilitator.doc, { name: 'Marker', color: '#123456' })
    const fresh = client(workshop.controlDoc, workshop.facilitatorToken)
    await docReaches(fresh.doc, 'the marker', (doc) =>
      readLanes(doc).some((l) => l.name === 'Marker'),
    )
    expect(readPhase(fresh.doc)).toBe('preparation')
    expect(readLanes(fresh.doc).map((l) => l.name)).not.toContain('Hijacked')
    expect(readAttention(fresh.doc).boardLocked).toBe(false)
    expect(Y.encodeStateVector(fresh.doc)).toEqual(Y.encodeStateVector(facilitator.doc))
    expect(Y.encodeStateVector(facilitator.doc)).not.toEqual(stateBefore)
    // The spy saw exactly one document update after connecting: the facilitator's marker.
    await spy.receivedAtLeast(framesBefore + 1)
    const updates = spy.received
      .slice(framesBefore)
      .filter((frame) => frame[0] === 0 && frame[1] === 2)
    expect(updates).toHaveLength(1)
    spy.ws.close()
  })
})
