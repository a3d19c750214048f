import { afterEach, describe, expect, it } from 'vitest'
import { readRound, type Round, type SnapshotInfo } from '@weave/shared'
import { createWorkshop } from '../helpers/api.js'
import { connectClient, synced, type TestClient } from '../helpers/clients.js'
import {
  CLUSTER_SKIP_MESSAGE,
  clusterServices,
  startCluster,
  type Cluster,
} from '../helpers/cluster.js'
import { call } from '../helpers/http.js'
import { eventually, pollUntil, waitForEvent } from '../helpers/wait.js'

if (!clusterServices) console.warn(CLUSTER_SKIP_MESSAGE)

/** The shortest round the API allows. */
const ROUND_SEC = 10
/** The round's length plus room to notice it ended. */
const ROUND_DEADLINE_MS = ROUND_SEC * 1000 + 10_000

let cluster: Cluster | null = null
let clients: TestClient[] = []
afterEach(async () => {
  for (const c of clients) c.destroy()
  clients = []
  await cluster?.stop()
  cluster = null
})

describe.skipIf(!clusterServices)('rounds across instances', () => {
  it('ends on time on the instances that hold the room (the starter is gone), and snapshots once', async () => {
    cluster = await startCluster(3, { env: { WEAVE_LOG_LEVEL: 'debug' } })
    const [a, b, c] = [cluster.at(0), cluster.at(1), cluster.at(2)]
    const workshop = await createWorkshop(a.httpUrl)
    // B and C hold the control room (a facilitator console is open on each).
    const onB = connectClient(b.wsUrl, workshop.controlDoc, workshop.facilitatorToken)
    const onC = connectClient(c.wsUrl, workshop.controlDoc, workshop.facilitatorToken)
    clients.push(onB, onC)
    await Promise.all([synced(onB), synced(onC)])

    const started = await call(
      `${a.httpUrl}/api/workshops/${workshop.workshopId}/rounds`,
      'POST',
      workshop.facilitatorToken,
      { prompt: 'What did you notice?', durationSec: ROUND_SEC, mode: 'open' },
    )
    expect(started.status).toBe(201)
    const round = started.body as Round
    // The instance that started the round (and armed its timer first) dies at once.
    a.child.kill('SIGKILL')
    await a.exited

    const ended = (doc: Parameters<typeof readRound>[0]) => {
      const current = readRound(doc)
      return current?.id === round.id && current.status === 'ended'
    }
    for (const viewer of [onB, onC])
      await waitForEvent(
        'the round ended',
        (onChange) => {
          viewer.doc.on('update', onChange)
          return () => viewer.doc.off('update', onChange)
        },
        () => ended(viewer.doc),
        ROUND_DEADLINE_MS,
      )
    expect(readRound(onB.doc)?.endedAt).toBe(round.endsAt)

    // Both remaining instances' timers fired; the store let one of them take the snapshots.
    const timeUp = new RegExp(`"msg":"round time is up".*"roundId":"${round.id}"`)
    await pollUntil('both timers fired', () => timeUp.test(b.output()) && timeUp.test(c.output()))
    const list = async () =>
      (
        (
          await call(
            `${b.httpUrl}/api/workshops/${workshop.workshopId}/snapshots`,
            'GET',
            workshop.facilitatorToken,
          )
        ).body as SnapshotInfo[]
      ).filter((snapshot) => snapshot.roundId === round.id)
    await eventually('the round-end snapshot', async () => (await list()).length > 0)
    const snapshots = await list()
    expect(snapshots.map((s) => [s.reason, s.roomId])).toEqual([
      ['round-end', workshop.rooms[0]!.roomId],
    ])
  })
})
