import crypto from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode, createNote, readNotes, setPhase } from '@weave/shared'
import { createPostgresStore } from '@weave/server'
import { createWorkshop, join } from '../helpers/api.js'
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
  freshSchema,
  type TestSchema,
} from '../helpers/cluster.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'
import type { RunningServer } from '../helpers/server.js'
import { eventually, pollUntil } from '../helpers/wait.js'

if (!clusterServices) console.warn(CLUSTER_SKIP_MESSAGE)

const h = useHarness()
const DAY_MS = 24 * 60 * 60 * 1000
let schema: TestSchema | null = null
afterEach(async () => {
  await schema?.drop()
  schema = null
})

/** Two in-process instances sharing one PostgreSQL schema and one Redis prefix, on one clock. */
async function twoInstances(clock: { now(): number }): Promise<[RunningServer, RunningServer]> {
  if (!clusterServices) throw new Error(CLUSTER_SKIP_MESSAGE)
  schema = await freshSchema(clusterServices.postgresUrl)
  const config = {
    databaseUrl: schema.url,
    redisUrl: clusterServices.redisUrl,
    redisPrefix: `weave-test-${crypto.randomBytes(4).toString('hex')}`,
    secret: crypto.randomBytes(32).toString('hex'),
    retentionDays: 30,
  }
  const start = async () =>
    h.start(config, { clock, store: await createPostgresStore({ url: config.databaseUrl }) })
  return [await start(), await start()]
}

describe.skipIf(!clusterServices)('deleting a workshop in a cluster', () => {
  it('[FAC-D2][REL-37] closes the clients of every instance (4411) when deleted through one of them', async () => {
    const [a, b] = await twoInstances({ now: () => Date.now() })
    const workshop = await createWorkshop(a.httpUrl, 'Summit')
    const participant = await join(a.httpUrl, workshop)
    const clients: TestClient[] = []
    const connect = (server: RunningServer, docName: string, token: string) => {
      const client = connectClient(server.wsUrl, docName, token)
      clients.push(client)
      return client
    }
    try {
      const onB = connect(b, workshop.roomDoc, participant.token)
      const controlOnB = connect(b, workshop.controlDoc, workshop.facilitatorToken)
      const onA = connect(a, workshop.roomDoc, workshop.facilitatorToken)
      await Promise.all([synced(onB), synced(controlOnB), synced(onA)])
      createNote(onB.doc, { laneId: 'health', x: 0, y: 0, text: 'hello' }, participant.author)
      await docReaches(onA.doc, 'the note on A', (doc) => readNotes(doc).length === 1)

      const startedAt = performance.now()
      const closedOnB = closedWith(onB).then((code) => ({
        code,
        ms: performance.now() - startedAt,
      }))
      const deleted = await call(
        `${a.httpUrl}/api/workshops/${workshop.workshopId}`,
        'DELETE',
        workshop.facilitatorToken,
        { confirm: 'Summit' },
      )
      expect(deleted.status).toBe(200)
      const onBClosed = await closedOnB
      expect(onBClosed.code).toBe(CloseCode.workshopDeleted)
      console.log(`client on B closed ${onBClosed.ms.toFixed(0)} ms after the DELETE on A was sent`)
      expect(await closedWith(controlOnB)).toBe(CloseCode.workshopDeleted)
      expect(await closedWith(onA)).toBe(CloseCode.workshopDeleted)
      // Nothing is written back from B afterwards: its rooms are gone, the store stays empty.
      await pollUntil('B to drop the rooms', () => b.server.stats().loadedRooms === 0)
      expect(await b.server.store.listDocNames(`${workshop.workshopId}.`)).toEqual([])
      const late = connect(b, workshop.roomDoc, participant.token)
      expect([CloseCode.unauthenticated, CloseCode.unknownDocument]).toContain(
        await closedWith(late),
      )
    } finally {
      for (const client of clients) client.destroy()
    }
  })

  it('[FAC-D3][REL-38] two instances sweeping at once delete an expired workshop once, without errors', async () => {
    let now = Date.now()
    const [a, b] = await twoInstances({ now: () => now })
    const workshops = await Promise.all(
      ['One', 'Two', 'Three'].map((title) => createWorkshop(a.httpUrl, title)),
    )
    for (const workshop of workshops) {
      const control = h.client(workshop.controlDoc, workshop.facilitatorToken)
      await synced(control)
      setPhase(control.doc, 'closed')
      await eventually('closed_at', async () =>
        (await a.server.store.listClosedBefore(now)).includes(workshop.workshopId),
      )
      control.destroy()
    }
    now += 31 * DAY_MS
    const [fromA, fromB] = await Promise.all([a.server.sweepRetention(), b.server.sweepRetention()])
    expect([...fromA, ...fromB].sort()).toEqual(workshops.map((w) => w.workshopId).sort())
    expect(await a.server.store.listWorkshops()).toEqual([])
  })
})
