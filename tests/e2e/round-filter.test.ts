import { describe, expect, it } from 'vitest'
import { readNotes, type Round } from '@weave/shared'
import { createWorkshop } from '../helpers/api.js'
import { connectClient, docReaches } from '../helpers/clients.js'
import { call } from '../helpers/http.js'
import { useServedClient } from './fixture.js'
import { BoardPage } from './pages/board-page.js'
import { JoinPage } from './pages/entry-pages.js'

const served = useServedClient()

describe('notes and rounds in the browser', () => {
  it('[FAC-R4] tags a note with the round it was written in, and the board filters by round', async () => {
    const workshop = await createWorkshop(served.running.httpUrl, 'Rounds')
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    page.on('pageerror', (error) => {
      throw error
    })
    await new JoinPage(page).joinAs(
      `${served.running.httpUrl}/w/${workshop.workshopId}/join#code=${workshop.joinCode}`,
      'Maya',
      'Education',
    )
    const maya = new BoardPage(page)
    await maya.waitUntilOnline()

    /** Starts an open round over the API and waits until Maya's board shows it. */
    const startRound = async (prompt: string): Promise<Round> => {
      const res = await call(
        `${served.running.httpUrl}/api/workshops/${workshop.workshopId}/rounds`,
        'POST',
        workshop.facilitatorToken,
        { prompt, durationSec: 300, mode: 'open' },
      )
      expect(res.status).toBe(201)
      const round = res.body as Round
      await page.waitForFunction(
        (id) =>
          (window as unknown as { __weave: { round(): Round | null } }).__weave.round()?.id === id,
        round.id,
      )
      return round
    }
    const before = await maya.addNote('Before any round')
    const first = await startRound('First round')
    const inFirst = await maya.addNote('In the first round')
    const second = await startRound('Second round')
    const inSecond = await maya.addNote('In the second round')
    expect([before.roundId, inFirst.roundId, inSecond.roundId]).toEqual([null, first.id, second.id])

    // The server keeps the tags: another client reads them from the room.
    const reader = connectClient(served.running.wsUrl, workshop.roomDoc, workshop.facilitatorToken)
    await docReaches(reader.doc, 'the three notes', (doc) => readNotes(doc).length === 3)
    expect(
      Object.fromEntries(readNotes(reader.doc).map((note) => [note.text, note.roundId])),
    ).toEqual({
      'Before any round': null,
      'In the first round': first.id,
      'In the second round': second.id,
    })
    reader.destroy()

    // The board draws the notes the round filter lets through.
    const drawn = (ids: string[]) =>
      page.waitForFunction(
        (wanted) =>
          JSON.stringify(
            (
              window as unknown as {
                __weave: { stage(): { find(selector: string): Array<{ id(): string }> } }
              }
            ).__weave
              .stage()
              .find('.note')
              .map((node) => node.id())
              .sort(),
          ) === JSON.stringify(wanted),
        [...ids].sort(),
      )
    const filter = page.getByTestId('round-filter')
    await filter.selectOption('current')
    await drawn([inSecond.id])
    await filter.selectOption(`round:${first.id}`)
    await drawn([inFirst.id])
    await filter.selectOption('all')
    await drawn([before.id, inFirst.id, inSecond.id])
    await context.close()
  })
})
