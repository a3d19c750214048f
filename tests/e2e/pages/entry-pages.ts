import type { Page } from 'playwright-core'

/** The landing page: create a workshop. */
export class LandingPage {
  constructor(readonly page: Page) {}

  async createWorkshop(baseUrl: string, title: string): Promise<{ workshopId: string }> {
    await this.page.goto(baseUrl)
    await this.page.getByTestId('create-title').fill(title)
    await this.page.getByTestId('create-submit').click()
    await this.page.waitForURL(/\/w\/[a-z0-9]+$/)
    const workshopId = /\/w\/([a-z0-9]+)$/.exec(this.page.url())?.[1]
    if (!workshopId) throw new Error(`not on a board: ${this.page.url()}`)
    return { workshopId }
  }

  /** The participant invitation link the facilitator copies (from the People tab). */
  async participantLink(): Promise<string> {
    await this.page.getByTestId('people-tab').click()
    return this.page.getByTestId('share-participant-link').inputValue()
  }
}

/** The join page reached from an invitation link. */
export class JoinPage {
  constructor(readonly page: Page) {}

  async joinAs(link: string, name: string, sectorLabel: string): Promise<void> {
    await this.page.goto(link)
    await this.page.getByTestId('join-name').fill(name)
    await this.page.getByTestId('join-sector').selectOption({ label: sectorLabel })
    await this.page.getByTestId('join-submit').click()
    await this.page.waitForURL(/\/w\/[a-z0-9]+$/)
  }

  /** Joins without a name (the sector, if given, is still told). */
  async joinAnonymously(link: string, sectorLabel?: string): Promise<void> {
    await this.page.goto(link)
    await this.page.getByTestId('join-anonymous').check()
    if (sectorLabel) {
      await this.page.getByTestId('join-sector').selectOption({ label: sectorLabel })
    }
    await this.page.getByTestId('join-submit').click()
    await this.page.waitForURL(/\/w\/[a-z0-9]+$/)
  }
}
