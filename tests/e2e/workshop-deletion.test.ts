import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useServedClient } from './fixture.js'
import { BoardPage } from './pages/board-page.js'
import { JoinPage, LandingPage } from './pages/entry-pages.js'

const TITLE = 'Summit to delete'

const served = useServedClient()

async function newPage(): Promise<Page> {
  const context = await served.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  return page
}

describe('deleting a workshop from the console', () => {
  it('[FAC-D1] asks for the title, deletes from the keyboard, says so at home, and tells the participant', async () => {
    const facilitatorPage = await newPage()
    const participantPage = await newPage()
    const landing = new LandingPage(facilitatorPage)
    const { workshopId } = await landing.createWorkshop(served.running.httpUrl, TITLE)
    const link = (await landing.participantLink()).replace(
      /^https?:\/\/[^/]+/,
      served.running.httpUrl,
    )
    await new JoinPage(participantPage).joinAs(link, 'Maya', 'Education')
    await Promise.all(
      [facilitatorPage, participantPage].map((page) => new BoardPage(page).waitUntilOnline()),
    )

    await facilitatorPage.getByTestId('console-tab').click()
    const zone = facilitatorPage.getByTestId('console-danger-zone')
    await zone.getByRole('heading', { name: 'Delete this workshop' }).waitFor()
    await facilitatorPage.getByTestId('delete-workshop-open').focus()
    await facilitatorPage.keyboard.press('Enter')
    const confirm = facilitatorPage.getByTestId('delete-workshop-confirm')
    await confirm.waitFor()
    expect(await confirm.evaluate((input) => input === document.activeElement)).toBe(true)
    // Escape closes the field and gives the focus back to the button that opened it.
    await facilitatorPage.keyboard.press('Escape')
    await facilitatorPage.getByTestId('delete-workshop-open').waitFor()
    await facilitatorPage.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'delete-workshop-open',
    )
    await facilitatorPage.keyboard.press('Enter')
    await facilitatorPage.keyboard.type('Summit')
    expect(await facilitatorPage.getByTestId('delete-workshop-submit').isDisabled()).toBe(true)
    await facilitatorPage.keyboard.type(' to delete')
    expect(await facilitatorPage.getByTestId('delete-workshop-submit').isEnabled()).toBe(true)
    await facilitatorPage.keyboard.press('Enter')

    await facilitatorPage.waitForURL(`${served.running.httpUrl}/`)
    const notice = facilitatorPage.getByTestId('home-notice')
    expect(await notice.textContent()).toContain(`“${TITLE}” and all of its data were deleted`)
    expect(await served.running.server.store.getWorkshop(workshopId)).toBeNull()

    const fatal = participantPage.getByTestId('fatal-message')
    await fatal.waitFor({ timeout: 10_000 })
    expect(await fatal.textContent()).toContain('deleted this workshop')
    await participantPage.getByTestId('fatal-forget').click()
    await participantPage.waitForURL(`${served.running.httpUrl}/`)
    const kept = await participantPage.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.includes('weave:token:')),
    )
    expect(kept).toEqual([])
  })
})
