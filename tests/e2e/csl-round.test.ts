import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { artifact } from './browser.js'
import { useServedClient } from './fixture.js'
import { BoardPage } from './pages/board-page.js'
import { JoinPage, LandingPage } from './pages/entry-pages.js'

/** One participant's device clock runs five minutes fast. */
const SKEW_MS = 5 * 60 * 1000
const PROMPT = 'What are you bringing in with you? What do you need to let go of to be present?'

const served = useServedClient()

async function newPage(skewMs = 0): Promise<Page> {
  const context = await served.newContext({ viewport: { width: 1280, height: 800 } })
  if (skewMs !== 0) {
    await context.addInitScript((skew: number) => {
      const realNow = Date.now.bind(Date)
      Date.now = () => realNow() + skew
    }, skewMs)
  }
  const page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  return page
}

/** Seconds shown by a round countdown (`m:ss`). */
async function countdownSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('round-countdown').textContent()) ?? ''
  const match = /^(\d+):(\d\d)$/.exec(text.trim())
  if (!match) throw new Error(`not a countdown: ${text}`)
  return Number(match[1]) * 60 + Number(match[2])
}

describe('a whole CSL round in three browsers', () => {
  it('[FAC-R1] runs prompt, synchronized timer, private writing, reveal and a vote', async () => {
    const facilitatorPage = await newPage()
    const mayaPage = await newPage()
    const samPage = await newPage(SKEW_MS)
    const landing = new LandingPage(facilitatorPage)
    await landing.createWorkshop(served.running.httpUrl, 'Early years summit')
    const link = (await landing.participantLink()).replace(
      /^https?:\/\/[^/]+/,
      served.running.httpUrl,
    )
    await new JoinPage(mayaPage).joinAs(link, 'Maya', 'Education')
    await new JoinPage(samPage).joinAs(link, 'Sam', 'Health')
    const facilitator = new BoardPage(facilitatorPage)
    const maya = new BoardPage(mayaPage)
    const sam = new BoardPage(samPage)
    await Promise.all([facilitator, maya, sam].map((board) => board.waitUntilOnline()))

    // The facilitator starts a private check-in round of 60 seconds from the console.
    await facilitatorPage.getByTestId('console-tab').click()
    await facilitatorPage.getByTestId('phase-select').selectOption('live')
    await facilitatorPage.getByTestId('round-prompt-input').fill(PROMPT)
    await facilitatorPage.getByTestId('round-duration-input').fill('60')
    await facilitatorPage.getByTestId('round-mode-select').selectOption('private')
    await facilitatorPage.getByTestId('round-start').click()

    // Both participants see the prompt and the same countdown, the skewed clock included.
    for (const page of [mayaPage, samPage]) {
      await page.getByTestId('round-prompt').getByText(PROMPT).waitFor({ timeout: 5_000 })
    }
    const offset = await samPage.evaluate(() =>
      (window as unknown as { __weave: { serverOffset(): number } }).__weave.serverOffset(),
    )
    expect(Math.abs(offset + SKEW_MS)).toBeLessThan(1_000)
    const [mayaLeft, samLeft] = await Promise.all([
      countdownSeconds(mayaPage),
      countdownSeconds(samPage),
    ])
    expect(Math.abs(mayaLeft - samLeft)).toBeLessThanOrEqual(1)
    expect(mayaLeft).toBeGreaterThan(40)
    expect(mayaLeft).toBeLessThanOrEqual(60)

    // Each writes privately: the other (and the facilitator) cannot see it.
    await maya.addNote('I bring a long waitlist', 'draft')
    await sam.addNote('I bring hope from our clinic', 'draft')
    expect((await sam.notes()).map((n) => n.text)).not.toContain('I bring a long waitlist')
    expect((await sam.draftNotes()).map((n) => n.text)).toEqual(['I bring hope from our clinic'])
    expect((await maya.notes()).map((n) => n.text)).not.toContain('I bring hope from our clinic')
    expect((await facilitator.notes()).map((n) => n.text)).toEqual([])
    await samPage.screenshot({ path: artifact('csl-private-writing.png') })

    // Reveal: both notes reach everyone at once.
    await facilitatorPage.getByTestId('reveal-button').click()
    for (const board of [facilitator, maya, sam]) {
      await board.waitForNoteText('I bring a long waitlist')
      await board.waitForNoteText('I bring hope from our clinic')
    }

    // Revealed notes have board ids of their own (PRO-8): find them by their text.
    const revealed = async (text: string) => (await maya.notes()).find((n) => n.text === text)!
    const samNote = await revealed('I bring hope from our clinic')
    const mayaNote = await revealed('I bring a long waitlist')

    // A dot vote ranks them: Sam's note gets three dots, Maya's one.
    await facilitatorPage.getByTestId('vote-dots').fill('2')
    await facilitatorPage.getByTestId('vote-open').click()
    await mayaPage.getByTestId('vote-banner').waitFor()
    await samPage.getByTestId('vote-banner').waitFor()
    await maya.placeDot(samNote.id)
    await maya.placeDot(samNote.id)
    await sam.placeDot(samNote.id)
    await sam.placeDot(mayaNote.id)
    await mayaPage.getByTestId('dots-left').getByText('0').waitFor()
    await facilitatorPage.getByTestId('vote-close').click()
    const results = mayaPage.getByTestId('vote-result')
    await results.first().waitFor()
    expect(await results.first().textContent()).toContain('I bring hope from our clinic')
    expect(await results.nth(1).textContent()).toContain('I bring a long waitlist')

    await facilitatorPage.screenshot({ path: artifact('csl-facilitator-console.png') })
    await mayaPage.screenshot({ path: artifact('csl-vote-results.png') })
  })
})
