import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { createWorkshop } from '../helpers/api.js'
import { artifact } from './browser.js'
import { useServedClient } from './fixture.js'
import { BoardPage } from './pages/board-page.js'
import { JoinPage } from './pages/entry-pages.js'

const served = useServedClient()

/** Every WebSocket URL the page opens, in order. */
function recordSockets(page: Page): string[] {
  const urls: string[] = []
  page.on('websocket', (socket) => urls.push(socket.url()))
  return urls
}

describe('access control in the browser', () => {
  it('[FAC-M4][REL-32][REL-33] connects with tickets only, and shows a removed participant why they were cut off', async () => {
    const workshop = await createWorkshop(served.running.httpUrl, 'Summit')
    const contexts = await Promise.all(
      [0, 1].map(() => served.browser.newContext({ viewport: { width: 1280, height: 800 } })),
    )
    const [facilitatorPage, mayaPage] = await Promise.all(contexts.map((c) => c.newPage()))
    if (!facilitatorPage || !mayaPage) throw new Error('no pages')
    const errors: string[] = []
    for (const page of [facilitatorPage, mayaPage])
      page.on('pageerror', (error) => errors.push(error.message))
    const sockets = recordSockets(facilitatorPage)
    const mayaSockets = recordSockets(mayaPage)

    await facilitatorPage.goto(
      `${served.running.httpUrl}/w/${workshop.workshopId}/facilitate#token=${workshop.facilitatorToken}`,
    )
    await new JoinPage(mayaPage).joinAs(
      `${served.running.httpUrl}/w/${workshop.workshopId}/join#code=${workshop.joinCode}`,
      'Maya',
      'Education',
    )
    await Promise.all(
      [facilitatorPage, mayaPage].map((page) => new BoardPage(page).waitUntilOnline()),
    )

    // The facilitator removes Maya from the console's people list, by keyboard, after confirming.
    await facilitatorPage.getByTestId('console-tab').click()
    const remove = facilitatorPage.getByRole('button', { name: 'Remove Maya from the workshop' })
    await remove.waitFor({ timeout: 10_000 })
    facilitatorPage.once('dialog', (dialog) => void dialog.accept())
    await remove.focus()
    const start = Date.now()
    await facilitatorPage.keyboard.press('Enter')
    const message = mayaPage.getByTestId('fatal-message')
    await message.waitFor({ timeout: 5_000 })
    console.info(`removal to message in the browser: ${Date.now() - start} ms`)
    expect(await message.textContent()).toBe('A facilitator removed you from this workshop.')
    await facilitatorPage
      .getByText('Maya was removed from the workshop.')
      .first()
      .waitFor({ timeout: 5_000 })
    // The badge no longer promises that edits will be sent.
    const badge = mayaPage.getByTestId('connection-status')
    expect(await badge.getAttribute('data-status')).toBe('closed')
    await mayaPage.screenshot({ path: artifact('removed-participant.png') })
    // Reloading does not help: the API refuses the token (403 removed), with the same words.
    const before = mayaSockets.length
    await mayaPage.reload()
    await mayaPage
      .getByText('A facilitator removed you from this workshop.')
      .waitFor({ timeout: 10_000 })
    expect(mayaSockets.length).toBe(before)

    // No socket URL ever carried a token: each one had its own single-use ticket.
    const all = [...sockets, ...mayaSockets]
    console.info(`socket URLs opened by the two browsers: ${all.length}`)
    expect(all.length).toBeGreaterThanOrEqual(2)
    for (const url of all) {
      expect(url).not.toContain('token=')
      expect(url).toMatch(/[?&]ticket=[A-Za-z0-9_-]{43}$/)
    }
    expect(new Set(all).size).toBe(all.length)
    expect(errors).toEqual([])
    for (const context of contexts) await context.close()
  })
})
