import { describe, expect, it } from 'vitest'
import { readNotes, type RoomInfo } from '@weave/shared'
import { createWorkshop } from '../helpers/api.js'
import { connectClient, docReaches } from '../helpers/clients.js'
import { call } from '../helpers/http.js'
import { artifact } from './browser.js'
import { useServedClient } from './fixture.js'
import { BoardPage } from './pages/board-page.js'
import { JoinPage } from './pages/entry-pages.js'

const served = useServedClient()

describe('moving between rooms', () => {
  it('takes a participant to their breakout room and back while they write, losing nothing', async () => {
    const workshop = await createWorkshop(served.running.httpUrl, 'Summit')
    const facilitator = (p: string, body: unknown = {}) =>
      call(
        `${served.running.httpUrl}/api/workshops/${workshop.workshopId}${p}`,
        'POST',
        workshop.facilitatorToken,
        body,
      )
    const rooms = (await facilitator('/rooms', { count: 2 })).body as RoomInfo[]
    const roomOne = rooms[0]!

    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await new JoinPage(page).joinAs(
      `${served.running.httpUrl}/w/${workshop.workshopId}/join#code=${workshop.joinCode}`,
      'Maya',
      'Education',
    )
    const board = new BoardPage(page)
    await board.waitUntilOnline()
    await board.addNote('Said in the plenary')
    const participantId = await page.evaluate(() => {
      const token =
        Object.entries(localStorage).find(([key]) => key.startsWith('weave:token:'))?.[1] ?? ''
      return (
        JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as {
          sub: string
        }
      ).sub
    })

    // To the breakout room.
    await facilitator('/breakouts/move', { participantId, roomId: roomOne.roomId })
    await facilitator('/breakouts/open')
    await page.getByTestId('room-name').getByText(roomOne.name).waitFor({ timeout: 10_000 })
    await board.waitUntilOnline()
    expect((await board.notes()).map((n) => n.text)).toEqual([])

    // Writing when the facilitator brings everyone back.
    await page.getByTestId('add-note').click()
    const editor = page.getByTestId('note-editor')
    await editor.waitFor()
    await editor.pressSequentially('Half a thought from room one')
    const roomOneWitness = connectClient(
      served.running.wsUrl,
      roomOne.docName,
      workshop.facilitatorToken,
    )
    await docReaches(roomOneWitness.doc, 'the typed text stored in room 1', (doc) =>
      readNotes(doc).some((n) => n.text === 'Half a thought from room one'),
    )
    await facilitator('/breakouts/close')
    await page.getByTestId('room-name').getByText('Main room').waitFor({ timeout: 10_000 })
    await board.waitForNoteText('Said in the plenary')
    expect((await board.notes()).map((n) => n.text)).toEqual(['Said in the plenary'])
    expect(readNotes(roomOneWitness.doc).map((n) => n.text)).toEqual([
      'Half a thought from room one',
    ])
    await page.screenshot({ path: artifact('breakout-back-in-main.png') })
    roomOneWitness.destroy()
    expect(errors).toEqual([])
    await context.close()
  })
})
