import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { createWorkshop } from '../helpers/api.js'
import { call } from '../helpers/http.js'
import { seriousViolations } from './axe.js'
import { useServedClient } from './fixture.js'
import { JoinPage } from './pages/entry-pages.js'

const served = useServedClient()

async function page(): Promise<Page> {
  // axe-core is injected as a script, which the app's Content-Security-Policy would refuse.
  const context = await served.browser.newContext({
    bypassCSP: true,
    viewport: { width: 1280, height: 800 },
  })
  return context.newPage()
}

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it('finds no serious or critical violations on the landing, join, board, console, overview and people views', async () => {
    const workshop = await createWorkshop(served.running.httpUrl, 'Summit')
    const facilitator = await page()
    const found: Record<string, unknown[]> = {}

    await facilitator.goto(served.running.httpUrl)
    await facilitator.getByTestId('create-title').waitFor()
    found.landing = await seriousViolations(facilitator)

    const participant = await page()
    await participant.goto(
      `${served.running.httpUrl}/w/${workshop.workshopId}/join#code=${workshop.joinCode}`,
    )
    await participant.getByTestId('join-name').waitFor()
    found.join = await seriousViolations(participant)

    await facilitator.goto(
      `${served.running.httpUrl}/w/${workshop.workshopId}/facilitate#token=${workshop.facilitatorToken}`,
    )
    await facilitator.waitForSelector('[data-testid="connection-status"][data-status="online"]')
    found.console = await seriousViolations(facilitator)
    await facilitator.getByTestId('overview-tab').click()
    await facilitator.getByTestId('overview').waitFor()
    found.overview = await seriousViolations(facilitator)
    await facilitator.getByTestId('people-tab').click()
    found.people = await seriousViolations(facilitator)

    // A participant's board with a round and a vote under way (banners, dots).
    await new JoinPage(participant).joinAs(
      `${served.running.httpUrl}/w/${workshop.workshopId}/join#code=${workshop.joinCode}`,
      'Maya',
      'Education',
    )
    const base = `${served.running.httpUrl}/api/workshops/${workshop.workshopId}`
    await call(`${base}/rounds`, 'POST', workshop.facilitatorToken, {
      prompt: 'Check-in',
      durationSec: 60,
      mode: 'open',
    })
    await call(`${base}/votes`, 'POST', workshop.facilitatorToken, { dotsPerPerson: 3 })
    await participant.getByTestId('round-banner').waitFor()
    await participant.getByTestId('vote-banner').waitFor()
    found.board = await seriousViolations(participant)

    expect(found).toEqual({
      landing: [],
      join: [],
      console: [],
      overview: [],
      people: [],
      board: [],
    })
  })
})
