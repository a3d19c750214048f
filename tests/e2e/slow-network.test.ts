import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { createWorkshop, join, type TestWorkshop } from '../helpers/api.js'
import { tokenKey } from '../../client/src/session/token-store.js'
import { artifact } from './browser.js'
import { useServedClient } from './fixture.js'
import { seedBoard } from './seed-board.js'

/** The slow rural connection: 400 kbit/s each way, 400 ms added latency. */
const THROUGHPUT_BYTES_PER_S = 400_000 / 8
const LATENCY_MS = 400
const NOTE_COUNT = 300
/** The goal is 5 s; the test fails only far beyond it (machines vary) and prints the figure. */
const GOAL_MS = 5_000
const DEADLINE_MS = 45_000

const served = useServedClient()

/**
 * Throttles the page like the connection, with an empty cache (a first visit); returns a
 * count of the bytes its sockets received (the board's documents, unless they came over HTTP).
 */
async function throttle(page: Page): Promise<{ socketBytes(): number }> {
  const cdp = await page.context().newCDPSession(page)
  let socketBytes = 0
  cdp.on('Network.webSocketFrameReceived', ({ response }) => {
    // Binary frames come base64-encoded.
    socketBytes += response.opcode === 2 ? Buffer.from(response.payloadData, 'base64').length : 0
  })
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LATENCY_MS,
    downloadThroughput: THROUGHPUT_BYTES_PER_S,
    uploadThroughput: THROUGHPUT_BYTES_PER_S,
  })
  return { socketBytes: () => socketBytes }
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
    // The canvas draws only the notes in and around the view (docs/benchmarks.md, BEN-M6).
    return weave?.notes().length === count && weave.stage().find('.note').length > 0
  } catch {
    return false
  }
}

type Device = 'phone' | 'desktop'

interface Measured {
  /** From opening the page until a person could write (the list's form). */
  readonly writeMs: number
  /** ... until every note was on show in the list. */
  readonly allMs: number
  /** Desktop: from choosing "Show the board" until the canvas could be written on and drew notes. */
  readonly canvasMs: number | null
  readonly kB: number
  readonly socketKB: number
  readonly tickets: number
}

/**
 * Opens the board from `baseUrl` on a throttled, empty-cache browser (a phone or a desktop) and
 * measures it. Both open on the list: phones always, desktops because the link is slow; the
 * desktop then switches to the canvas, as its notice offers.
 */
async function measure(baseUrl: string, workshop: TestWorkshop, device: Device): Promise<Measured> {
  const joined = await join(served.running.httpUrl, workshop, { name: `Reader`, sector: 'health' })
  const context = await served.browser.newContext(
    device === 'phone'
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
      : { viewport: { width: 1280, height: 800 } },
  )
  // Already joined (the token is kept in this browser), as when coming back to the board.
  await context.addInitScript(({ key, token }) => localStorage.setItem(key, token), {
    key: tokenKey(workshop.workshopId),
    token: joined.token,
  })
  const page = await context.newPage()
  const sockets = await throttle(page)
  let tickets = 0
  page.on('request', (request) => {
    if (request.url().endsWith('/api/connect-tickets')) tickets++
  })
  const started = Date.now()
  await page.goto(`${baseUrl}/w/${workshop.workshopId}`, { timeout: DEADLINE_MS })
  const options = { timeout: DEADLINE_MS, polling: 50 }
  await page.waitForFunction(readyToWrite, { view: 'list' as View }, options)
  const writeMs = Date.now() - started
  await page.waitForFunction(allNotesShown, { view: 'list' as View, count: NOTE_COUNT }, options)
  const allMs = Date.now() - started
  await page.screenshot({ path: artifact(`slow-network-${device}-list.png`) })
  let canvasMs: number | null = null
  if (device === 'desktop') {
    // The browser estimates this link as 3G: the list says why it opened, and offers the canvas.
    await page.getByTestId('slow-link-notice').waitFor()
    const switched = Date.now()
    await page.getByTestId('slow-link-show-board').click()
    await page.waitForFunction(readyToWrite, { view: 'board' as View }, options)
    await page.waitForFunction(allNotesShown, { view: 'board' as View, count: NOTE_COUNT }, options)
    canvasMs = Date.now() - switched
    await page.screenshot({ path: artifact('slow-network-desktop-board.png') })
  } else {
    // A phone's list is no detour: nothing to say about the link there.
    expect(await page.getByTestId('slow-link-notice').count()).toBe(0)
  }
  const kB = Math.round((await transferred(page)) / 1000)
  await context.close()
  const socketKB = Math.round(sockets.socketBytes() / 1000)
  return { writeMs, allMs, canvasMs, kB, socketKB, tickets }
}

describe(`a ${NOTE_COUNT}-note board on a 400 kbit/s, 400 ms connection`, () => {
  it('is usable soon after the page is opened, on a phone and on a desktop', async () => {
    const workshop = await createWorkshop(served.running.httpUrl, 'Slow network summit')
    await seedBoard(served.running.httpUrl, served.running.wsUrl, workshop, NOTE_COUNT)
    const lines: string[] = []
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
    for (const device of ['phone', 'desktop'] as const) {
      const measured = await measure(served.running.httpUrl, workshop, device)
      const { writeMs, allMs, canvasMs, kB, socketKB, tickets } = measured
      lines.push(
        `[slow network] ${NOTE_COUNT} notes, ${device}: list ready to write after ` +
          `${seconds(writeMs)}, all notes on show after ${seconds(allMs)} (goal ${seconds(GOAL_MS)})` +
          (canvasMs === null ? '' : `; canvas ${seconds(canvasMs)} after choosing it`) +
          `; ${kB} kB received over HTTP, ${socketKB} kB over sockets`,
      )
      // The board came with the page's start request (compressed), with tickets for both
      // sockets: they open without asking for any, and receive only what changed since.
      expect(tickets).toBe(0)
      expect(socketKB).toBeLessThan(10)
      expect(allMs).toBeLessThan(DEADLINE_MS)
      // Bytes, not time: the list never loads the canvas's code, nor a facilitator's.
      expect(kB).toBeLessThan(device === 'phone' ? 230 : 400)
    }
    console.log(lines.join('\n'))
  }, 240_000)
})
