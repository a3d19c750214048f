import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode, createNote, readNotes } from '@weave/shared'
import { createWorkshop, describe as describeWorkshop, join } from '../helpers/api.js'
import {
  closedWith,
  connectClient,
  docReaches,
  synced,
  type TestClient,
} from '../helpers/clients.js'
import {
  CLUSTER_SKIP_MESSAGE,
  clusterServices,
  startCluster,
  type Cluster,
} from '../helpers/cluster.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'

if (!clusterServices) console.warn(CLUSTER_SKIP_MESSAGE)

/** The guarantee: a removed participant's connections are closed within this long. */
const REMOVAL_DEADLINE_MS = 5000

const harness = useHarness()
let cluster: Cluster | null = null
let clusterClients: TestClient[] = []
afterEach(async () => {
  for (const c of clusterClients) c.destroy()
  clusterClients = []
  await cluster?.stop()
  cluster = null
})

const removeUrl = (httpUrl: string, workshopId: string, participantId: string) =>
  `${httpUrl}/api/workshops/${workshopId}/participants/${participantId}/remove`

/** Removes a participant and resolves with how long until every socket got 4410, in ms. */
async function timedRemoval(
  url: string,
  facilitatorToken: string,
  sockets: readonly TestClient[],
): Promise<number> {
  const closes = sockets.map((socket) => closedWith(socket))
  const start = performance.now()
  const answer = await call(url, 'POST', facilitatorToken, {})
  expect(answer.status).toBe(200)
  const codes = await Promise.all(closes)
  const elapsedMs = performance.now() - start
  expect(codes.every((code) => code === CloseCode.removed)).toBe(true)
  return elapsedMs
}

describe('a facilitator removes a participant', () => {
  it('[FAC-M4][REL-33] closes their sockets with 4410 within 5 s; their token stops working; others go on', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const ana = await join(running.httpUrl, workshop, { name: 'Ana' })
    const ben = await join(running.httpUrl, workshop, { name: 'Ben' })
    const anaRoom = harness.client(workshop.roomDoc, ana.token)
    const anaControl = harness.client(workshop.controlDoc, ana.token)
    const benRoom = harness.client(workshop.roomDoc, ben.token)
    await Promise.all([synced(anaRoom), synced(anaControl), synced(benRoom)])

    const elapsedMs = await timedRemoval(
      removeUrl(running.httpUrl, workshop.workshopId, ana.participantId),
      workshop.facilitatorToken,
      [anaRoom, anaControl],
    )
    console.info(`removal to close (one instance): ${elapsedMs.toFixed(0)} ms`)
    expect(elapsedMs).toBeLessThan(REMOVAL_DEADLINE_MS)

    // Reconnecting is refused, by token and by ticket; the API refuses them with 403.
    expect(await closedWith(harness.client(workshop.roomDoc, ana.token))).toBe(CloseCode.removed)
    const ticket = await call(`${running.httpUrl}/api/connect-tickets`, 'POST', ana.token, {})
    expect(ticket.status).toBe(403)
    expect(ticket.body).toMatchObject({ error: { code: 'removed' } })
    expect((await describeWorkshop(running.httpUrl, workshop.workshopId, ana.token)).status).toBe(
      403,
    )

    // Ben is untouched: still connected, still syncing, his API calls still answered.
    expect(benRoom.closes).toEqual([])
    const late = harness.client(workshop.roomDoc, ben.token)
    createNote(benRoom.doc, { laneId: 'health', x: 0, y: 60, text: 'still here' }, ben.author)
    await docReaches(late.doc, 'Ben\u2019s note', (doc) =>
      readNotes(doc).some((note) => note.text === 'still here'),
    )
    expect((await describeWorkshop(running.httpUrl, workshop.workshopId, ben.token)).status).toBe(
      200,
    )
    // Ana is no longer listed for breakouts.
    const people = await call(
      `${running.httpUrl}/api/workshops/${workshop.workshopId}/participants`,
      'GET',
      workshop.facilitatorToken,
    )
    expect((people.body as Array<{ participantId: string }>).map((p) => p.participantId)).toEqual([
      ben.participantId,
    ])
  })

  it('[FAC-M4] only facilitators remove, only participants and observers of their workshop', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const other = await createWorkshop(running.httpUrl, 'Other')
    const ana = await join(running.httpUrl, workshop, { name: 'Ana' })
    const ben = await join(running.httpUrl, workshop, { name: 'Ben' })
    const watcher = await join(running.httpUrl, workshop, { observer: true })
    const stranger = await join(running.httpUrl, other, { name: 'Cy' })
    const url = (id: string) => removeUrl(running.httpUrl, workshop.workshopId, id)

    expect((await call(url(ben.participantId), 'POST', ana.token, {})).status).toBe(403)
    expect((await call(url(ben.participantId), 'POST', watcher.token, {})).status).toBe(403)
    expect((await call(url(ben.participantId), 'POST', null, {})).status).toBe(401)
    expect((await call(url(ben.participantId), 'POST', other.facilitatorToken, {})).status).toBe(
      403,
    )
    // Not even themselves: facilitators are not removed this way.
    const facilitatorId = (
      await describeWorkshop(running.httpUrl, workshop.workshopId, workshop.facilitatorToken)
    ).body.participantId
    expect((await call(url(facilitatorId), 'POST', workshop.facilitatorToken, {})).status).toBe(403)
    expect(
      (await call(url(stranger.participantId), 'POST', workshop.facilitatorToken, {})).status,
    ).toBe(404)
    expect((await call(url('nobody00'), 'POST', workshop.facilitatorToken, {})).status).toBe(404)
    // Nobody was removed by any of that.
    expect((await describeWorkshop(running.httpUrl, workshop.workshopId, ben.token)).status).toBe(
      200,
    )
    expect(
      (await call(url(watcher.participantId), 'POST', workshop.facilitatorToken, {})).status,
    ).toBe(200)
  })
})

describe.skipIf(!clusterServices)('removal across instances (PostgreSQL + Redis)', () => {
  it('[FAC-M4][REL-33] a participant on instance B is closed when the facilitator removes them via A', async () => {
    cluster = await startCluster(2)
    const [a, b] = [cluster.at(0), cluster.at(1)]
    const workshop = await createWorkshop(a.httpUrl)
    const ana = await join(b.httpUrl, workshop, { name: 'Ana' })
    const ben = await join(b.httpUrl, workshop, { name: 'Ben' })
    const track = (client: TestClient) => (clusterClients.push(client), client)
    const anaOnB = track(connectClient(b.wsUrl, workshop.roomDoc, ana.token))
    const benOnB = track(connectClient(b.wsUrl, workshop.roomDoc, ben.token))
    await Promise.all([synced(anaOnB), synced(benOnB)])

    const elapsedMs = await timedRemoval(
      removeUrl(a.httpUrl, workshop.workshopId, ana.participantId),
      workshop.facilitatorToken,
      [anaOnB],
    )
    console.info(`removal to close (via A, socket on B): ${elapsedMs.toFixed(0)} ms`)
    expect(elapsedMs).toBeLessThan(REMOVAL_DEADLINE_MS)
    expect(benOnB.closes).toEqual([])
    expect(await closedWith(track(connectClient(b.wsUrl, workshop.roomDoc, ana.token)))).toBe(
      CloseCode.removed,
    )
    expect((await describeWorkshop(b.httpUrl, workshop.workshopId, ana.token)).status).toBe(403)
  })
})
