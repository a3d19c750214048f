import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { createWorkshop, join } from '../helpers/api.js'
import { tokenKey } from '../../client/src/session/token-store.js'
import { artifact } from './browser.js'
import { useServedClient } from './fixture.js'
import { BoardPage } from './pages/board-page.js'
import { seedBoard } from './seed-board.js'

const served = useServedClient()

/** Elements of the page that stick out of the viewport on the right (their test id or class). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    return Array.from(document.querySelectorAll<HTMLElement>('header *, aside, .toolbar, main'))
      .filter((element) => element.offsetParent !== null)
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => element.getAttribute('data-testid') ?? element.className.toString())
  })
}

describe('visual accessibility', () => {
  it('lays out at 200% zoom, honours reduced motion and never relies on colour alone', async () => {
    const workshop = await createWorkshop(served.running.httpUrl, 'Early years wellness summit')
    await seedBoard(served.running.httpUrl, served.running.wsUrl, workshop, 21)
    const joined = await join(served.running.httpUrl, workshop, {
      name: 'Maya',
      sector: 'education',
    })
    // 1280 × 800 at 200% zoom is 640 × 400 CSS pixels, at twice the pixel density.
    const context = await served.browser.newContext({
      viewport: { width: 640, height: 400 },
      deviceScaleFactor: 2,
      reducedMotion: 'reduce',
    })
    await context.addInitScript(
      ({ key, token }) => {
        localStorage.setItem(key, token)
        localStorage.setItem('weave:first-visit-hint', 'closed')
      },
      { key: tokenKey(workshop.workshopId), token: joined.token },
    )
    const page = await context.newPage()
    await page.goto(`${served.running.httpUrl}/w/${workshop.workshopId}`)
    await new BoardPage(page).waitUntilOnline()

    // The header wraps instead of running off the screen; nothing scrolls sideways.
    expect(await overflowing(page)).toEqual([])
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true)
    await page.screenshot({ path: artifact('zoom-200-board.png') })

    // The side panel opens over the board and fits.
    await page.getByRole('button', { name: 'People & invitations' }).click()
    await page.locator('#side-panel').waitFor()
    expect(await overflowing(page)).toEqual([])
    await page.screenshot({ path: artifact('zoom-200-panel.png') })
    await page.getByRole('button', { name: 'Hide panel' }).click()

    // Reduced motion: no transitions or animations run.
    const durations = await page.evaluate(() => {
      const button = document.querySelector('.button')
      const style = button ? getComputedStyle(button) : null
      return { transition: style?.transitionDuration ?? '', animation: style?.animationDuration }
    })
    expect(parseFloat(durations.transition)).toBeLessThan(0.001)

    // Colour is never the only signal: in the list, lanes are named headings and every note
    // names its author's sector in words.
    await page.getByTestId('display-list').click()
    // The notes come a moment after the form (the list draws them in a deferred render).
    await page.locator('.list-note-meta').nth(20).waitFor()
    const lanes = await page.getByRole('heading', { level: 2 }).allTextContents()
    for (const name of ['Health', 'Education', 'Families & caregivers']) {
      expect(lanes.some((heading) => heading.startsWith(name))).toBe(true)
    }
    const metas = await page.locator('.list-note-meta').allTextContents()
    expect(metas.length).toBe(21)
    expect(
      metas.every((meta) =>
        /By .+, (Health|Education|Child care|Social services|Government|Community & non-profit|Families & caregivers)/.test(
          meta,
        ),
      ),
    ).toBe(true)
    expect(await overflowing(page)).toEqual([])
    await page.screenshot({ path: artifact('zoom-200-list.png') })
    await context.close()
  })
})
