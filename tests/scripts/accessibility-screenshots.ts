/**
 * Regenerates the accessibility screenshots in docs/screenshots: keyboard focus on a desktop,
 * the board on a tablet, the list view on a phone. A real server, notes written by participants of
 * each sector through the official y-websocket client, headless Chromium. Run with
 * `pnpm screenshots` (after `pnpm build`).
 */
import path from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { createNote, createThread, readNotes, readThreads } from '@weave/shared'
import { createWorkshop, facilitatorAuthor, join, type TestWorkshop } from '../helpers/api.js'
import { call } from '../helpers/http.js'
import { connectClient, docReaches, synced, type TestClient } from '../helpers/clients.js'
import { REPO_ROOT } from '../helpers/server.js'
import { tokenKey } from '../../client/src/session/token-store.js'
import { startServedClient } from '../e2e/browser.js'

const OUT = path.join(REPO_ROOT, 'docs/screenshots')

const PEOPLE = [
  {
    name: 'Priya',
    sector: 'health',
    notes: ['Public health nurses visit every newborn', 'Long waits for speech therapy'],
  },
  {
    name: 'Sam',
    sector: 'education',
    notes: ['Kindergarten teachers notice delays first', 'StrongStart drop-ins twice a week'],
  },
  { name: 'Lee', sector: 'child-care', notes: ['Not enough infant spaces in town'] },
  { name: 'Dana', sector: 'social-services', notes: ['Families tell their story five times'] },
  { name: 'Ray', sector: 'government', notes: ['Funding rules keep programs apart'] },
  { name: 'Jo', sector: 'community', notes: ['The food bank knows which families struggle'] },
  { name: 'Rosa', sector: 'families', notes: ['We need one person who knows us'] },
] as const

/** Each person writes their notes in their own lane; the facilitator weaves a few threads. */
async function fillBoard(
  httpUrl: string,
  wsUrl: string,
  workshop: TestWorkshop,
): Promise<Map<string, string>> {
  const clients: TestClient[] = []
  const ids = new Map<string, string>()
  for (const [lane, person] of PEOPLE.entries()) {
    const joined = await join(httpUrl, workshop, { name: person.name, sector: person.sector })
    const client = connectClient(wsUrl, workshop.roomDoc, joined.token)
    clients.push(client)
    await synced(client)
    person.notes.forEach((text, index) => {
      const y = 90 + index * 200 + (lane % 3) * 50
      ids.set(
        text,
        createNote(client.doc, { laneId: person.sector, x: 40, y, text }, joined.author),
      )
    })
  }
  const facilitator = connectClient(wsUrl, workshop.roomDoc, workshop.facilitatorToken)
  clients.push(facilitator)
  await docReaches(facilitator.doc, 'every note', (doc) => readNotes(doc).length === ids.size)
  const pairs = [
    ['Long waits for speech therapy', 'Kindergarten teachers notice delays first'],
    ['Families tell their story five times', 'We need one person who knows us'],
    ['Not enough infant spaces in town', 'Funding rules keep programs apart'],
  ] as const
  for (const [from, to] of pairs) {
    const a = ids.get(from)
    const b = ids.get(to)
    if (a && b) createThread(facilitator.doc, { from: a, to: b }, facilitatorAuthor(workshop))
  }
  await docReaches(facilitator.doc, 'threads', (doc) => readThreads(doc).length === pairs.length)
  for (const client of clients) client.destroy()
  return ids
}

/** A participant's page, already joined and past the first-visit hint. */
async function participantPage(
  browser: Browser,
  httpUrl: string,
  workshop: TestWorkshop,
  options: BrowserContextOptions,
  who: { name: string; sector: string },
): Promise<Page> {
  const joined = await join(httpUrl, workshop, who)
  const context = await browser.newContext(options)
  await context.addInitScript(
    ({ key, token }) => {
      localStorage.setItem(key, token)
      localStorage.setItem('weave:first-visit-hint', 'closed')
    },
    { key: tokenKey(workshop.workshopId), token: joined.token },
  )
  const page = await context.newPage()
  await page.goto(`${httpUrl}/w/${workshop.workshopId}`)
  await page.waitForSelector('[data-testid="connection-status"][data-status="online"]')
  return page
}

const served = await startServedClient()
const { running, browser } = served
try {
  const workshop = await createWorkshop(running.httpUrl, 'Northern early years summit')
  await fillBoard(running.httpUrl, running.wsUrl, workshop)
  const api = `${running.httpUrl}/api/workshops/${workshop.workshopId}`

  // Desktop, keyboard only: the focus ring on a note, found with the arrow keys.
  const desktop = await participantPage(
    browser,
    running.httpUrl,
    workshop,
    { viewport: { width: 1440, height: 900 } },
    { name: 'Alex', sector: 'education' },
  )
  await desktop.locator('#board-canvas canvas').first().waitFor()
  await desktop.keyboard.press('Tab')
  await desktop.keyboard.press('Enter')
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowRight']) await desktop.keyboard.press(key)
  await desktop.keyboard.press('c')
  await desktop.keyboard.press('ArrowRight')
  await desktop.screenshot({ path: path.join(OUT, 'keyboard-focus.png') })
  await desktop.keyboard.press('Escape')
  await desktop.keyboard.press('?')
  await desktop.getByTestId('shortcuts-dialog').waitFor()
  await desktop.screenshot({ path: path.join(OUT, 'keyboard-shortcuts.png') })

  // Tablet, by touch: the board during a round and a vote, big targets.
  await call(`${api}/rounds`, 'POST', workshop.facilitatorToken, {
    title: 'Weaving',
    prompt: 'Where could your work connect with another sector’s?',
    durationSec: 600,
    mode: 'open',
  })

  await call(`${api}/votes`, 'POST', workshop.facilitatorToken, { dotsPerPerson: 3 })
  const tablet = await participantPage(
    browser,
    running.httpUrl,
    workshop,
    {
      viewport: { width: 820, height: 1180 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    },
    { name: 'Mia', sector: 'child-care' },
  )
  await tablet.getByTestId('vote-banner').waitFor()
  await tablet.locator('#board-canvas canvas').first().waitFor()
  // Two fingers drag the board down, below the round and vote banners.
  const fingers = await tablet.context().newCDPSession(tablet)
  const touch = (type: string, y: number) =>
    fingers.send('Input.dispatchTouchEvent', {
      type: type as 'touchStart',
      touchPoints:
        type === 'touchEnd'
          ? []
          : [
              { x: 300, y, id: 0 },
              { x: 500, y, id: 1 },
            ],
    })
  await touch('touchStart', 700)
  for (let y = 720; y <= 900; y += 20) await touch('touchMove', y)
  await touch('touchEnd', 900)
  await tablet.screenshot({ path: path.join(OUT, 'tablet-board.png') })

  // Phone: the list view comes first, with "Write a note" at the top.
  const phone = await participantPage(
    browser,
    running.httpUrl,
    workshop,
    { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    { name: 'Noor', sector: 'community' },
  )
  await phone.getByTestId('list-view').waitFor()
  await phone.getByTestId('vote-banner').waitFor()
  await phone.screenshot({ path: path.join(OUT, 'phone-list.png') })
} finally {
  await served.stop()
}
console.log(`accessibility screenshots written to ${OUT}`)
