import { describe, expect, it } from 'vitest'
import { readRound, readRoundHistory, type Round } from '@weave/shared'
import { createWorkshop } from '../helpers/api.js'
import { docReaches, synced } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'
import { waitForEvent } from '../helpers/wait.js'

const harness = useHarness()

/** The shortest round the API allows. */
const ROUND_SEC = 10
/** The round's length plus room to notice it ended. */
const ROUND_DEADLINE_MS = ROUND_SEC * 1000 + 10_000

describe('rounds on the server’s clock', () => {
  it('[FAC-R2][FAC-R3] ends the running round when another starts, and ends a round left running at its time', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const base = `${running.httpUrl}/api/workshops/${workshop.workshopId}`
    const start = async (prompt: string, durationSec: number) => {
      const res = await call(`${base}/rounds`, 'POST', workshop.facilitatorToken, {
        prompt,
        durationSec,
        mode: 'open',
      })
      expect(res.status).toBe(201)
      return res.body as Round
    }
    const control = harness.client(workshop.controlDoc, workshop.facilitatorToken)
    await synced(control)

    const first = await start('A long one', 600)
    const second = await start('A short one', ROUND_SEC)
    const history = () => readRoundHistory(control.doc)
    await docReaches(control.doc, 'both rounds in the history', () => history().length === 2)
    expect(history().find((r) => r.id === first.id)?.endedAt).toBe(second.startedAt)
    expect(readRound(control.doc)).toMatchObject({ id: second.id, status: 'running' })

    // Nobody ends the second round: the server does, at its time.
    await waitForEvent(
      'the second round ended',
      (onChange) => {
        control.doc.on('update', onChange)
        return () => control.doc.off('update', onChange)
      },
      () => readRound(control.doc)?.status === 'ended',
      ROUND_DEADLINE_MS,
    )
    expect(readRound(control.doc)).toMatchObject({
      id: second.id,
      endedAt: second.endsAt,
      remainingMs: 0,
    })
    const { body: time } = await call(`${running.httpUrl}/api/time`, 'GET', null)
    expect((time as { now: number }).now).toBeGreaterThanOrEqual(second.endsAt)
  })
})
