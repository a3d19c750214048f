import { describe, expect, it } from 'vitest'
import type { BrowserContext, BrowserContextOptions } from 'playwright-core'
import { createWorkshop } from '../helpers/api.js'
import { call } from '../helpers/http.js'
import { seriousViolations } from './axe.js'
import { artifact } from './browser.js'
import { useServedClient } from './fixture.js'
import { BoardPage } from './pages/board-page.js'
import { JoinPage } from './pages/entry-pages.js'
import { ListPage } from './pages/list-page.js'

const served = useServedClient()

async function newContext(options: BrowserContextOptions): Promise<BrowserContext> {
  // axe-core is injected as a script, which the app's Content-Security-Policy would refuse.
  const context = await served.newContext({ bypassCSP: true, ...options })
  await ListPage.recordAnnouncements(context)
  return context
}

describe('the board as an accessible list', () => {
  it('writes, moves, connects, edits, votes and deletes from the list, live with the canvas', async () => {
    const workshop = await createWorkshop(served.running.httpUrl, 'List summit')
    const joinLink = `${served.running.httpUrl}/w/${workshop.workshopId}/join#code=${workshop.joinCode}`
    const errors: string[] = []
    const participantPage = await (
      await newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage()
    const facilitatorPage = await (
      await newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage()
    for (const page of [participantPage, facilitatorPage])
      page.on('pageerror', (error) => errors.push(error.message))

    await new JoinPage(participantPage).joinAs(joinLink, 'Maya', 'Education')
    const list = new ListPage(participantPage)
    await new BoardPage(participantPage).waitUntilOnline()
    await list.open()
    // The participant's own lane comes first in the form; lanes are headings.
    expect(await participantPage.getByRole('heading', { name: /^Education/ }).count()).toBe(1)

    const speech = await list.write('Families wait months for speech therapy')
    expect(speech.laneId).toBe('education')
    const teachers = await list.write('Kindergarten teachers see it first', 'Health')
    expect(teachers.laneId).toBe('health')
    await list.waitForAnnouncement('Note posted in Health')

    // Move to another lane with the select.
    await list.moveTo('Families wait months for speech therapy', 'Child care')
    await list.waitForNote('Families wait months for speech therapy', 'child-care')
    await list.lane('child-care').getByText('Families wait months for speech therapy').waitFor()

    // Connect to another note with the select; both notes say what they are connected to.
    await list.connect(
      'Families wait months for speech therapy',
      'Kindergarten teachers see it first',
    )
    await participantPage.waitForFunction(
      () =>
        (window as unknown as { __weave: { threads(): unknown[] } }).__weave.threads().length === 1,
    )
    const [thread] = await list.threads()
    expect([thread?.from, thread?.to].sort()).toEqual([speech.id, teachers.id].sort())
    await list
      .note('Kindergarten teachers see it first')
      .getByText('“Families wait months for speech therapy” in Child care')
      .waitFor()

    // Label the thread and give it a kind; the other note's item shows both.
    await list.labelThread('Kindergarten teachers see it first', 'same families', 'Referral path')
    await participantPage.waitForFunction(() => {
      const [thread] = (
        window as unknown as { __weave: { threads(): Array<{ label: string; kind: string }> } }
      ).__weave.threads()
      return thread?.label === 'same families' && thread.kind === 'referral-path'
    })
    await list
      .note('Families wait months for speech therapy')
      .getByText('(Referral path: same families)')
      .waitFor()

    // Edit the text.
    await list.edit(
      'Kindergarten teachers see it first',
      'Kindergarten teachers often see it first',
    )
    await list.waitForNote('Kindergarten teachers often see it first', 'health')

    // Live: the facilitator writes on the canvas, the list shows it.
    await facilitatorPage.goto(
      `${served.running.httpUrl}/w/${workshop.workshopId}/facilitate#token=${workshop.facilitatorToken}`,
    )
    const facilitatorBoard = new BoardPage(facilitatorPage)
    await facilitatorBoard.waitUntilOnline()
    await facilitatorBoard.addNote('Shared intake form')
    await list.note('Shared intake form').waitFor({ timeout: 2_000 })

    // Vote from the list, with announcements for the vote opening and closing.
    const votes = `${served.running.httpUrl}/api/workshops/${workshop.workshopId}/votes`
    await call(votes, 'POST', workshop.facilitatorToken, { dotsPerPerson: 2 })
    await list.waitForAnnouncement('Vote open')
    const item = list.note('Families wait months for speech therapy')
    await item.getByTestId('list-dot-give').click()
    await item.getByTestId('list-note-my-dots').filter({ hasText: 'Your dots: 1' }).waitFor()
    expect((await list.myDots())?.noteIds).toEqual([speech.id])
    await participantPage.screenshot({ path: artifact('list-desktop.png'), fullPage: false })

    // axe-core on the list view: no serious or critical violations.
    expect(await seriousViolations(participantPage)).toEqual([])

    await call(`${votes}/current/close`, 'POST', workshop.facilitatorToken, {})
    await list.waitForAnnouncement('Vote closed')
    await item.getByTestId('list-note-votes').filter({ hasText: '1 dot' }).waitFor()

    // Delete a note of one's own.
    await list.write('A note to delete', 'Government')
    await list.note('A note to delete').getByTestId('list-delete').click()
    await list.note('A note to delete').waitFor({ state: 'detached' })
    await list.waitForAnnouncement('Note deleted')

    expect(errors).toEqual([])
  })

  it('gives a participant on a phone the list first, with "Write a note" at the top', async () => {
    const workshop = await createWorkshop(served.running.httpUrl, 'Phone summit')
    const joinLink = `${served.running.httpUrl}/w/${workshop.workshopId}/join#code=${workshop.joinCode}`
    const context = await newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    })
    const page = await context.newPage()
    await new JoinPage(page).joinAs(joinLink, 'Sam', 'Families & caregivers')
    const list = new ListPage(page)
    await list.view().waitFor()
    const form = page.getByTestId('quick-note-form')
    await form.waitFor()
    await list.write('Evening drop-in hours would help working parents')
    await list.write('Transport to appointments is hard in winter', 'Health')
    await call(
      `${served.running.httpUrl}/api/workshops/${workshop.workshopId}/rounds`,
      'POST',
      workshop.facilitatorToken,
      { prompt: 'What could we weave together?', durationSec: 300, mode: 'open' },
    )
    await list.waitForAnnouncement('New round: What could we weave together?')
    await page.getByTestId('first-visit-hint-close').click()
    await page.getByTestId('round-banner').waitFor()
    // Nothing runs off the side of the screen.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: artifact('phone-list.png') })
  })
})
