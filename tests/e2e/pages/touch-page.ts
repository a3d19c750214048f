import type { CDPSession, Page } from 'playwright-core'
import type { Note } from '@weave/shared'

interface Point {
  x: number
  y: number
}

interface WeaveReadings {
  notes(): Note[]
  selection(): { kind: 'note' | 'thread'; id: string } | null
  viewport(): { x: number; y: number; scale: number }
  canvasToScreen(x: number, y: number): Point
  notePosition(id: string): { x: number; y: number; width: number; height: number } | null
}

/**
 * Page object for a person on a tablet: fingers through Chromium's touch input (CDP), so the page
 * gets real touch and pointer events.
 */
export class TouchPage {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async open(page: Page): Promise<TouchPage> {
    return new TouchPage(page, await page.context().newCDPSession(page))
  }

  private async touch(type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) {
    await this.cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((point, id) => ({ x: point.x, y: point.y, id })),
    })
  }

  /**
   * Rests a finger on a point until `recognised` resolves (the page reacted to the long press),
   * then lifts it: the gesture is as long as the page needs, no longer.
   */
  async longPress(at: Point, recognised: () => Promise<unknown>): Promise<void> {
    await this.touch('touchStart', [at])
    try {
      await recognised()
    } finally {
      await this.touch('touchEnd', [])
    }
  }

  async tap(at: Point): Promise<void> {
    await this.page.touchscreen.tap(at.x, at.y)
  }

  /** Two fingers from `from` to `to` (each a pair of points), in a few steps. */
  async twoFingers(from: [Point, Point], to: [Point, Point], steps = 8): Promise<void> {
    await this.touch('touchStart', from)
    for (let step = 1; step <= steps; step++) {
      const at = (index: 0 | 1) => ({
        x: from[index].x + ((to[index].x - from[index].x) * step) / steps,
        y: from[index].y + ((to[index].y - from[index].y) * step) / steps,
      })
      await this.touch('touchMove', [at(0), at(1)])
    }
    await this.touch('touchEnd', [])
  }

  viewport(): Promise<{ x: number; y: number; scale: number }> {
    return this.page.evaluate(() =>
      (window as unknown as { __weave: WeaveReadings }).__weave.viewport(),
    )
  }

  selection(): Promise<{ kind: 'note' | 'thread'; id: string } | null> {
    return this.page.evaluate(() =>
      (window as unknown as { __weave: WeaveReadings }).__weave.selection(),
    )
  }

  /** A canvas point on screen (page coordinates). */
  canvasPoint(x: number, y: number): Promise<Point> {
    return this.page.evaluate(
      ({ x, y }) => (window as unknown as { __weave: WeaveReadings }).__weave.canvasToScreen(x, y),
      { x, y },
    )
  }

  /** The centre of a note on screen. */
  noteCentre(noteId: string): Promise<Point> {
    return this.page.evaluate((id) => {
      const weave = (window as unknown as { __weave: WeaveReadings }).__weave
      const box = weave.notePosition(id)
      if (!box) throw new Error(`note ${id} is not on the canvas`)
      return weave.canvasToScreen(box.x + box.width / 2, box.y + box.height / 2)
    }, noteId)
  }
}
