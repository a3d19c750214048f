/**
 * Regenerates the README screenshots: a real server, a board filled through the official
 * y-websocket client, and headless Chromium. Run with `pnpm screenshots` (after `pnpm build`).
 */
import path from 'node:path'
import { createNote, createThread, relabelThread, type Author } from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { connectClient, synced } from '../helpers/clients.js'
import { REPO_ROOT } from '../helpers/server.js'
import { startServedClient } from '../e2e/browser.js'

const OUT = path.join(REPO_ROOT, 'docs/screenshots')

const people: Array<Author & { id: string; sector: string; notes: string[] }> = [
  {
    id: 'h',
    name: 'Priya',
    sector: 'health',
    notes: ['Public health nurses visit every newborn', 'Long waits for speech therapy'],
  },
  {
    id: 'e',
    name: 'Sam',
    sector: 'education',
    notes: ['Kindergarten teachers notice delays first', 'StrongStart drop-ins twice a week'],
  },
  { id: 'c', name: 'Lee', sector: 'child-care', notes: ['Not enough infant spaces in town'] },
  {
    id: 's',
    name: 'Dana',
    sector: 'social-services',
    notes: ['Families tell their story five times'],
  },
  { id: 'f', name: 'Rosa', sector: 'families', notes: ['We need one person who knows us'] },
]

const served = await startServedClient()
const { running, browser } = served
const workshop = await createWorkshop(running.httpUrl, 'Northern early years summit')
const writer = connectClient(running.wsUrl, workshop.roomDoc, workshop.facilitatorToken)
await synced(writer)
const ids = new Map<string, string>()
for (const person of people) {
  person.notes.forEach((text, index) => {
    const id = createNote(
      writer.doc,
      {
        laneId: person.sector,
        x: 30 + (index % 2) * 20,
        y: 90 + index * 190 + (person.id.charCodeAt(0) % 3) * 60,
        text,
      },
      person,
    )
    ids.set(text, id)
  })
}
const weave = (
  a: string,
  b: string,
  label: string,
  kind?: 'referral-path' | 'gap' | 'shared-goal',
) => {
  const id = createThread(writer.doc, { from: ids.get(a)!, to: ids.get(b)! }, people[0]!)
  if (id) relabelThread(writer.doc, id, label, kind)
}
weave(
  'Long waits for speech therapy',
  'Kindergarten teachers notice delays first',
  'same children',
  'shared-goal',
)
weave(
  'Public health nurses visit every newborn',
  'Not enough infant spaces in town',
  'refer at the 6-month check',
  'referral-path',
)
weave(
  'Families tell their story five times',
  'We need one person who knows us',
  'no shared intake',
  'gap',
)
weave('Not enough infant spaces in town', 'Families tell their story five times', '')

const facilitator = await (
  await browser.newContext({ viewport: { width: 1440, height: 860 } })
).newPage()
await facilitator.goto(
  `${running.httpUrl}/w/${workshop.workshopId}/facilitate#token=${workshop.facilitatorToken}`,
)
await facilitator.waitForSelector('[data-testid="connection-status"][data-status="online"]')
const participantToken = (
  await join(running.httpUrl, workshop, { name: 'Sam', sector: 'education' })
).token
const participant = connectClient(running.wsUrl, workshop.roomDoc, participantToken)
await synced(participant)
participant.provider.awareness.setLocalStateField('cursor', { x: 900, y: 430 })
await facilitator.getByTestId('people-tab').click()
await facilitator.getByTestId('people-list').getByText('Sam', { exact: true }).waitFor()
await facilitator.getByRole('button', { name: /hide panel/i }).click()
await facilitator.getByTestId('zoom-fit').click()
await facilitator.screenshot({ path: path.join(OUT, 'board.png') })

const phone = await (
  await browser.newContext({
    viewport: { width: 390, height: 780 },
    isMobile: true,
    hasTouch: true,
  })
).newPage()
await phone.goto(`${running.httpUrl}/w/${workshop.workshopId}/join#code=${workshop.joinCode}`)
await phone.screenshot({ path: path.join(OUT, 'join-phone.png') })

participant.destroy()
writer.destroy()
await served.stop()
console.log(`screenshots written to ${OUT}`)
