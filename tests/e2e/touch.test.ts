import { describe, expect, it } from 'vitest'
import { LANE_GAP, LANE_WIDTH } from '@weave/shared'
import { createWorkshop } from '../helpers/api.js'
import { call } from '../helpers/http.js'
import { artifact } from './browser.js'
import { useServedClient } from './fixture.js'
import { BoardPage } from './pages/board-page.js'
import { KeyboardPage } from './pages/keyboard-page.js'
import { TouchPage } from './pages/touch-page.js'

/** The smallest comfortable touch target (WCAG 2.5.5, Apple and Android guidance). */
const MIN_TARGET_PX = 44

const served = useServedClient()

/** The canvas centre of a lane (by index) at a given height. */
function laneAt(index: number, y: number): { x: number; y: number } {
  return { x: index * (LANE_WIDTH + LANE_GAP) + LANE_WIDTH / 2, y }
}

describe('on a tablet, by touch', () => {
  it('long-presses to write and connect, taps to select, pinches and pans', async () => {
    const workshop = await createWorkshop(served.running.httpUrl, 'Tablet summit')
    const context = await served.browser.newContext({
      viewport: { width: 820, height: 1180 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const fingers = await TouchPage.open(page)
    const board = new BoardPage(page)
    const notes = new KeyboardPage(page)

    await page.goto(
      `${served.running.httpUrl}/w/${workshop.workshopId}/join#code=${workshop.joinCode}`,
    )
    await page.getByTestId('join-name').tap()
    await page.keyboard.type('Ana')
    await page.getByTestId('join-sector').selectOption({ label: 'Health' })
    await page.getByTestId('join-submit').tap()
    await board.waitUntilOnline()
    // A tablet is not a phone: the board itself comes first.
    await page.locator('#board-canvas').waitFor()
    await page.getByTestId('first-visit-hint-close').tap()

    // Long-press on empty space in the Health lane: a note there, open for typing.
    const editor = page.getByTestId('note-editor')
    await fingers.longPress(await fingers.canvasPoint(...xy(laneAt(0, 300))), () =>
      editor.waitFor(),
    )
    await page.keyboard.type('Home visits build trust')
    await fingers.tap(await fingers.canvasPoint(...xy(laneAt(3, 700))))
    await editor.waitFor({ state: 'detached' })
    const health = await notes.waitForNote({ text: 'Home visits build trust' })
    expect(health.laneId).toBe('health')

    // And one in the Education lane.
    await fingers.longPress(await fingers.canvasPoint(...xy(laneAt(1, 420))), () =>
      editor.waitFor(),
    )
    await page.keyboard.type('Teachers notice first')
    await fingers.tap(await fingers.canvasPoint(...xy(laneAt(3, 700))))
    const education = await notes.waitForNote({ text: 'Teachers notice first' })
    expect(education.laneId).toBe('education')

    // Tap selects.
    await fingers.tap(await fingers.noteCentre(health.id))
    expect(await fingers.selection()).toEqual({ kind: 'note', id: health.id })

    // Long-press a note to start connecting, then tap the other note.
    await fingers.longPress(await fingers.noteCentre(health.id), () =>
      page.getByTestId('focus-description').filter({ hasText: 'Connecting from' }).waitFor(),
    )
    await fingers.tap(await fingers.noteCentre(education.id))
    await board.waitForThread(health.id, education.id)

    // A vote: the dot button on the note is big enough for a finger.
    await call(
      `${served.running.httpUrl}/api/workshops/${workshop.workshopId}/votes`,
      'POST',
      workshop.facilitatorToken,
      { dotsPerPerson: 3 },
    )
    await page.getByTestId('vote-banner').waitFor()

    // Every on-screen control is at least 44 × 44 px.
    const small = await page.evaluate((min) => {
      const controls = Array.from(
        document.querySelectorAll<HTMLElement>('button, select, a, input'),
      )
      return controls
        .filter((element) => element.offsetParent !== null)
        .map((element) => {
          // A checkbox is hit through its whole label.
          const target =
            element instanceof HTMLInputElement && element.type === 'checkbox'
              ? (element.closest('label') ?? element)
              : element
          const box = target.getBoundingClientRect()
          const name = element.getAttribute('data-testid') ?? element.textContent?.trim() ?? ''
          return { name, width: Math.round(box.width), height: Math.round(box.height) }
        })
        .filter((box) => box.width < min || box.height < min)
    }, MIN_TARGET_PX)
    expect(small).toEqual([])
    await page.screenshot({ path: artifact('tablet-board.png') })

    // Two fingers apart: zoom in around them. Two fingers moved together: pan.
    const before = await fingers.viewport()
    await fingers.twoFingers(
      [
        { x: 350, y: 600 },
        { x: 470, y: 600 },
      ],
      [
        { x: 250, y: 600 },
        { x: 570, y: 600 },
      ],
    )
    const zoomed = await fingers.viewport()
    expect(zoomed.scale).toBeGreaterThan(before.scale * 1.5)
    await fingers.twoFingers(
      [
        { x: 300, y: 500 },
        { x: 500, y: 500 },
      ],
      [
        { x: 300, y: 700 },
        { x: 500, y: 700 },
      ],
    )
    const panned = await fingers.viewport()
    expect(panned.y - zoomed.y).toBeGreaterThan(150)
    expect(panned.scale).toBeCloseTo(zoomed.scale, 1)

    expect(errors).toEqual([])
    await context.close()
  })
})

function xy(point: { x: number; y: number }): [number, number] {
  return [point.x, point.y]
}
