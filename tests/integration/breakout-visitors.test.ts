import { describe, expect, it } from 'vitest'
import { createNote, readBreakout, readNotes, type RoomInfo } from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { docReaches, synced } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'
import { presenceReaches } from '../helpers/presence.js'

const harness = useHarness()

describe('visiting breakout rooms', () => {
  it('[FAC-B4] lets facilitators and observers open any room, and shows facilitators as facilitators there', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const base = `${running.httpUrl}/api/workshops/${workshop.workshopId}`
    const f = workshop.facilitatorToken
    const ana = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
    const observer = await join(running.httpUrl, workshop, { observer: true })
    const rooms = (await call(`${base}/rooms`, 'POST', f, { count: 2 })).body as RoomInfo[]
    const [one, two] = rooms as [RoomInfo, RoomInfo]
    await call(`${base}/breakouts/move`, 'POST', f, {
      participantId: ana.participantId,
      roomId: one.roomId,
    })
    expect((await call(`${base}/breakouts/open`, 'POST', f, {})).status).toBe(200)
    const control = harness.client(workshop.controlDoc, f)
    await docReaches(control.doc, 'breakouts open', (doc) => readBreakout(doc).status === 'open')

    const anaInOne = harness.client(one.docName, ana.token)
    await synced(anaInOne)
    createNote(anaInOne.doc, { laneId: 'health', x: 0, y: 80, text: 'from room one' }, ana.author)

    // Both open the main room and every breakout room, the one Ana is in included.
    for (const docName of [workshop.roomDoc, one.docName, two.docName]) {
      for (const token of [f, observer.token]) {
        const visitor = harness.client(docName, token)
        await synced(visitor)
        expect(visitor.closes).toEqual([])
      }
    }
    const observerInOne = harness.client(one.docName, observer.token)
    await docReaches(observerInOne.doc, 'Ana’s note', (doc) =>
      readNotes(doc).some((n) => n.text === 'from room one'),
    )

    // In Ana's room the facilitator's presence says who they are.
    const facilitatorInOne = harness.client(one.docName, f)
    await synced(facilitatorInOne)
    facilitatorInOne.provider.awareness.setLocalStateField('cursor', { x: 1, y: 2 })
    const id = facilitatorInOne.doc.clientID
    await presenceReaches(anaInOne, 'the facilitator’s presence', (states) =>
      Boolean(states.get(id)?.cursor),
    )
    expect(anaInOne.provider.awareness.getStates().get(id)).toMatchObject({
      user: { role: 'facilitator' },
    })
    expect(anaInOne.closes).toEqual([])
  })
})
