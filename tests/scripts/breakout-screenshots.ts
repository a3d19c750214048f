/**
 * Regenerates the README's breakout screenshot: a real server, twelve participants in three
 * sector-balanced rooms writing through the official client, and the facilitator's overview in
 * headless Chromium. Run with `pnpm screenshots` (after `pnpm build`).
 */
import path from 'node:path'
import { createNote, roomDocName, type RoomInfo } from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { connectClient, synced, type TestClient } from '../helpers/clients.js'
import { call } from '../helpers/http.js'
import { REPO_ROOT } from '../helpers/server.js'
import { startServedClient } from '../e2e/browser.js'

const OUT = path.join(REPO_ROOT, 'docs/screenshots')
const PEOPLE: Array<[string, string, string]> = [
  ['Priya', 'health', 'Nurses see families first'],
  ['Sam', 'education', 'Teachers notice delays'],
  ['Lee', 'child-care', 'Waitlists for infant care'],
  ['Dana', 'social-services', 'Too many forms'],
  ['Omar', 'government', 'Funding rules split services'],
  ['Ruth', 'community', 'Drop-in keeps families connected'],
  ['Rosa', 'families', 'One person who knows us'],
  ['Ken', 'families', 'Transport to appointments'],
  ['Ava', 'health', 'Speech therapy waits'],
  ['Ian', 'education', 'StrongStart twice a week'],
  ['Mia', 'community', 'Food bank sees it all'],
  ['Tom', 'government', 'Data sharing agreements'],
]

const served = await startServedClient()
const { running, browser } = served
const workshop = await createWorkshop(running.httpUrl, 'Northern early years summit')
const facilitator = (p: string, body: unknown = {}) =>
  call(
    `${running.httpUrl}/api/workshops/${workshop.workshopId}${p}`,
    'POST',
    workshop.facilitatorToken,
    body,
  )
const people = []
for (const [name, sector] of PEOPLE)
  people.push(await join(running.httpUrl, workshop, { name, sector }))
const rooms = (await facilitator('/rooms', { count: 3 })).body as RoomInfo[]
const { assignments } = (await facilitator('/breakouts/assign', { mode: 'balanced' })).body as {
  assignments: Record<string, string>
}
await facilitator('/breakouts/open')
const clients: TestClient[] = []
for (const [index, person] of people.entries()) {
  const roomId = assignments[person.participantId]!
  const client = connectClient(
    running.wsUrl,
    roomDocName(workshop.workshopId, roomId),
    person.token,
  )
  clients.push(client)
  // A first awareness write, so the person shows as present (a fresh state has clock 0).
  client.provider.awareness.setLocalStateField('cursor', null)
  await synced(client)
  // Two rooms get busy; the third stays quiet so the overview shows it.
  if (roomId !== rooms[2]!.roomId) {
    createNote(
      client.doc,
      {
        laneId: person.author.sector ?? 'health',
        x: 30,
        y: 90 + (index % 3) * 160,
        text: PEOPLE[index]![2],
      },
      person.author,
    )
  }
}

const page = await (await browser.newContext({ viewport: { width: 1440, height: 860 } })).newPage()
await page.goto(
  `${running.httpUrl}/w/${workshop.workshopId}/facilitate#token=${workshop.facilitatorToken}`,
)
await page.waitForSelector('[data-testid="connection-status"][data-status="online"]')
await page.getByTestId('overview-tab').click()
await page.getByTestId('overview-expand').click()
await page.getByTestId('overview-room').first().waitFor()
// Wait until the overview's own connections have synced the busy rooms.
// Inline lambdas only: tsx would wrap named inner functions in a helper the page does not have.
await page.waitForFunction(() => {
  const cards = Array.from(document.querySelectorAll('[data-testid="overview-room"]'))
  const busy = cards.filter(
    (card) =>
      !(card.querySelector('[data-testid="overview-notes"]')?.textContent ?? '').startsWith('0 '),
  )
  return (
    cards.length >= 4 &&
    busy.length >= 2 &&
    !cards.some((card) => card.textContent?.includes('Connecting'))
  )
})
await page.screenshot({ path: path.join(OUT, 'overview.png') })
for (const client of clients) client.destroy()
await served.stop()
console.log(`screenshot written to ${OUT}/overview.png`)
