import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { createWorkshop, join, type TestWorkshop } from '../helpers/api.js'
import { REPO_ROOT, startServer, type RunningServer } from '../helpers/server.js'
import { tokenKey } from '../../client/src/session/token-store.js'
import { artifact, launchBrowser } from './browser.js'
import { seedBoard } from './seed-board.js'

/** The slow rural connection: 400 kbit/s each way, 400 ms added latency. */
const THROUGHPUT_BYTES_PER_S = 400_000 / 8
const LATENCY_MS = 400
const NOTE_COUNT = 300
/** The goal is 5 s; the test fails only far beyond it (machines vary) and prints the figure. */
const GOAL_MS = 5_000
const DEADLINE_MS = 45_000

const STATIC_DIR = path.join(REPO_ROOT, 'client/dist')

let running: RunningServer
let browser: Browser
beforeAll(async () => {
  running = await startServer({ staticDir: STATIC_DIR })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await running?.stop()
})

/** Throttles the page like the connection, with an empty cache (a first visit). */
async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LATENCY_MS,
    downloadThroughput: THROUGHPUT_BYTES_PER_S,
    uploadThroughput: THROUGHPUT_BYTES_PER_S,
  })
}

/** Bytes the page received over the network (compressed as sent), by the browser's count. */
function transferred(page: Page): Promise<number> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .concat(performance.getEntriesByType('navigation'))
      .reduce((sum, entry) => sum + ((entry as PerformanceResourceTiming).transferSize ?? 0), 0),
  )
}

type View = 'board' | 'list'

/** True once a person can start writing: the list's form, or the canvas with its toolbar. */
function readyToWrite({ view }: { view: View }): boolean {
  if (view === 'list') return document.querySelector('[data-testid="quick-note-form"]') !== null
  const button = document.querySelector<HTMLButtonElement>('[data-testid="add-note"]')
  return document.querySelector('#board-canvas canvas') !== null && button?.disabled === false
}

/** True once every note has arrived and is on show: an item of the list, or (the canvas) drawn when in view. */
function allNotesShown({ view, count }: { view: View; count: number }): boolean {
  if (view === 'list') {
    return document.querySelectorAll('[data-testid="list-note"]').length === count
  }
  const weave = (
    window as unknown as {
      __weave?: { notes(): unknown[]; stage(): { find(selector: string): unknown[] } }
    }
  ).__weave
  try {
    // The canvas draws only the notes in and around the view (docs/benchmarks.md, M6).
    return weave?.notes().length === count && weave.stage().find('.note').length > 0
  } catch {
    return false
  }
}

/**
 * Opens the board from `baseUrl` on a throttled, empty-cache browser (desktop for the canvas, a
 * phone for the list) and returns how long until a person could write, until every note was on
 * show, and the bytes received.
 */
async function measure(
  baseUrl: string,
  workshop: TestWorkshop,
  view: View,
): Promise<{ writeMs: number; allMs: number; kB: number }> {
  const joined = await join(running.httpUrl, workshop, { name: `Reader`, sector: 'health' })
  const context = await browser.newContext(
    view === 'list'
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
      : { viewport: { width: 1280, height: 800 } },
  )
  // Already joined (the token is kept in this browser), as when coming back to the board.
  await context.addInitScript(({ key, token }) => localStorage.setItem(key, token), {
    key: tokenKey(workshop.workshopId),
    token: joined.token,
  })
  const page = await context.newPage()
  await throttle(page)
  const started = Date.now()
  await page.goto(`${baseUrl}/w/${workshop.workshopId}`, { timeout: DEADLINE_MS })
  const options = { timeout: DEADLINE_MS, polling: 50 }
  await page.waitForFunction(readyToWrite, { view }, options)
  const writeMs = Date.now() - started
  await page.waitForFunction(
    allNotesShown,
    { view, count: NOTE_COUNT },
    { timeout: DEADLINE_MS, polling: 50 },
  )
  const allMs = Date.now() - started
  const kB = Math.round((await transferred(page)) / 1000)
  await page.screenshot({ path: artifact(`slow-network-${view}.png`) })
  await context.close()
  return { writeMs, allMs, kB }
}

describe(`a ${NOTE_COUNT}-note board on a 400 kbit/s, 400 ms connection`, () => {
  it('is usable soon after the page is opened, on the canvas and in the list', async () => {
    const workshop = await createWorkshop(running.httpUrl, 'Slow network summit')
    await seedBoard(running.httpUrl, running.wsUrl, workshop, NOTE_COUNT)
    const lines: string[] = []
    for (const view of ['list', 'board'] as const) {
      const { writeMs, allMs, kB } = await measure(running.httpUrl, workshop, view)
      const where = view === 'list' ? 'list view (phone)' : 'canvas (desktop)'
      const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
      lines.push(
        `[slow network] ${NOTE_COUNT} notes, ${where}: ` +
          `ready to write after ${seconds(writeMs)}, all notes on show after ${seconds(allMs)} ` +
          `(goal ${seconds(GOAL_MS)}), ${kB} kB received`,
      )
      expect(allMs).toBeLessThan(DEADLINE_MS)
      // Bytes, not time: the code goes out Brotli-compressed (uncompressed, the list took 661 kB).
      expect(kB).toBeLessThan(view === 'list' ? 300 : 400)
    }
    console.log(lines.join('\n'))
  }, 240_000)
})
