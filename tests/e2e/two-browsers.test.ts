import { describe, expect, it } from 'vitest'
import { artifact } from './browser.js'
import { useServedClient } from './fixture.js'
import { BoardPage } from './pages/board-page.js'
import { JoinPage, LandingPage } from './pages/entry-pages.js'

const served = useServedClient()

describe('two people on one board, in two real browsers', () => {
  it('sees the other person’s note, text and thread live', async () => {
    const facilitatorContext = await served.browser.newContext({
      viewport: { width: 1280, height: 800 },
    })
    const participantContext = await served.browser.newContext({
      viewport: { width: 1280, height: 800 },
    })
    const facilitatorPage = await facilitatorContext.newPage()
    const participantPage = await participantContext.newPage()
    const errors: string[] = []
    for (const page of [facilitatorPage, participantPage])
      page.on('pageerror', (error) => errors.push(error.message))

    const landing = new LandingPage(facilitatorPage)
    await landing.createWorkshop(served.running.httpUrl, 'Early years summit')
    const link = (await landing.participantLink()).replace(
      /^https?:\/\/[^/]+/,
      served.running.httpUrl,
    )
    await new JoinPage(participantPage).joinAs(link, 'Maya', 'Education')

    const facilitator = new BoardPage(facilitatorPage)
    const participant = new BoardPage(participantPage)
    await Promise.all([facilitator.waitUntilOnline(), participant.waitUntilOnline()])
    // Each sees the other in "Who's here", with the name the server vouches for.
    await facilitatorPage
      .getByTestId('people-list')
      .getByText('Maya', { exact: true })
      .waitFor({ timeout: 2_000 })
    await participantPage
      .getByTestId('people-list')
      .getByText('Facilitator', { exact: true })
      .first()
      .waitFor({ timeout: 2_000 })

    const first = await participant.addNote('Families wait months for speech therapy')
    const second = await participant.addNote('Kindergarten teachers see it first')
    await participant.connect(first.id, second.id)
    await participant.waitForThread(first.id, second.id)

    // The other browser sees both notes and the thread within a second.
    await facilitator.waitForNoteText('Families wait months for speech therapy', 1_000)
    await facilitator.waitForNoteText('Kindergarten teachers see it first', 1_000)
    await facilitator.waitForThread(first.id, second.id, 1_000)

    await facilitatorPage.screenshot({ path: artifact('two-browsers-facilitator.png') })
    await participantPage.screenshot({ path: artifact('two-browsers-participant.png') })
    expect(errors).toEqual([])
    await facilitatorContext.close()
    await participantContext.close()
  })
})
