import { describe, expect, it } from 'vitest'
import { CloseCode, setPhase, type Phase } from '@weave/shared'
import { createWorkshop } from '../helpers/api.js'
import { closedWith, synced, type TestClient } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
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
const DAY_MS = 24 * 60 * 60 * 1000

describe('retention', () => {
  it('[FAC-D3][REL-38] deletes closed workshops past the period, and keeps open, recently closed and reopened ones', async () => {
    let now = Date.UTC(2026, 10, 1)
    const running = await h.start({ retentionDays: 30 }, { clock: { now: () => now } })
    const store = running.server.store
    const make = async (title: string) => {
      const workshop = await createWorkshop(running.httpUrl, title)
      const control = h.client(workshop.controlDoc, workshop.facilitatorToken)
      await synced(control)
      return { workshop, control }
    }
    const closedAtOf = async (workshopId: string) =>
      (await store.listClosedBefore(now)).includes(workshopId)
    const phase = async (control: TestClient, to: Phase, workshopId: string, closed: boolean) => {
      setPhase(control.doc, to)
      await storeReaches(
        `closed_at of ${workshopId}`,
        async () => (await closedAtOf(workshopId)) === closed,
      )
    }

    const old = await make('Closed long ago')
    const open = await make('Still open')
    const reopened = await make('Closed, then reopened')
    await phase(old.control, 'closed', old.workshop.workshopId, true)
    await phase(reopened.control, 'closed', reopened.workshop.workshopId, true)
    // Reopening is not recorded at once: the sweep checks the phase before deleting.
    setPhase(reopened.control.doc, 'live')

    now += 29 * DAY_MS
    const recent = await make('Closed recently')
    await phase(recent.control, 'closed', recent.workshop.workshopId, true)
    expect(await running.server.sweepRetention()).toEqual([])

    now += 2 * DAY_MS
    expect(await running.server.sweepRetention()).toEqual([old.workshop.workshopId])
    expect(await closedWith(old.control)).toBe(CloseCode.workshopDeleted)
    expect(await store.getWorkshop(old.workshop.workshopId)).toBeNull()
    expect(await store.listDocNames(`${old.workshop.workshopId}.`)).toEqual([])
    for (const kept of [open, reopened, recent]) {
      expect(await store.getWorkshop(kept.workshop.workshopId)).not.toBeNull()
      expect(kept.control.closes).toEqual([])
    }
    // The reopened workshop is no longer counted as closed; a second pass deletes nothing.
    expect(await store.listClosedBefore(now)).toEqual([recent.workshop.workshopId])
    expect(await running.server.sweepRetention()).toEqual([])
  })

  it('[REL-38] keeps everything when no retention period is set', async () => {
    let now = Date.UTC(2026, 10, 1)
    const running = await h.start({}, { clock: { now: () => now } })
    const workshop = await createWorkshop(running.httpUrl, 'Archive')
    const control = h.client(workshop.controlDoc, workshop.facilitatorToken)
    await synced(control)
    setPhase(control.doc, 'closed')
    await storeReaches('closed_at', async () =>
      (await running.server.store.listClosedBefore(now)).includes(workshop.workshopId),
    )
    now += 10_000 * DAY_MS
    expect(await running.server.sweepRetention()).toEqual([])
    expect(await running.server.store.getWorkshop(workshop.workshopId)).not.toBeNull()
  })
})
