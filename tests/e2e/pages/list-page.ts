import type { BrowserContext, Locator, Page } from 'playwright-core'
import type { MyDots, Note, Thread } from '@weave/shared'

interface WeaveReadings {
  notes(): Note[]
  threads(): Thread[]
  myDots(): MyDots | null
}

/** Page object for the list view of the board: acts through its forms and buttons. */
export class ListPage {
  constructor(readonly page: Page) {}

  view(): Locator {
    return this.page.getByTestId('list-view')
  }

  async open(): Promise<void> {
    await this.page.getByTestId('display-list').click()
    await this.view().waitFor()
  }

  /** The list item of the note with this exact text. */
  note(text: string): Locator {
    return this.page
      .getByTestId('list-note')
      .filter({ has: this.page.locator('.list-note-text', { hasText: text }) })
  }

  /** The lane section with this lane id. */
  lane(laneId: string): Locator {
    return this.page.locator(`[data-testid="list-lane"][data-lane-id="${laneId}"]`)
  }

  /** Writes a note with the "Write a note" form, into the lane with this label. */
  async write(text: string, laneLabel?: string): Promise<Note> {
    const form = this.page.getByTestId('quick-note-form')
    await form.getByTestId('note-form-text').fill(text)
    if (laneLabel) await form.getByTestId('note-form-lane').selectOption({ label: laneLabel })
    await form.getByTestId('note-form-submit').click()
    await this.note(text).waitFor()
    return this.waitForNote(text)
  }

  async moveTo(text: string, laneLabel: string): Promise<void> {
    const item = this.note(text)
    await item.getByTestId('list-move').click()
    await item.getByTestId('list-move-lane').selectOption({ label: laneLabel })
    await item.getByTestId('list-move-submit').click()
  }

  async connect(text: string, otherText: string): Promise<void> {
    const item = this.note(text)
    await item.getByTestId('list-connect').click()
    await item.getByTestId('list-connect-note').selectOption({ label: otherText })
    await item.getByTestId('list-connect-submit').click()
  }

  /** Labels the thread shown on `text`'s item (its first), by keyboard: type, pick, Enter. */
  async labelThread(text: string, label: string, kindLabel: string): Promise<void> {
    const item = this.note(text)
    await item.getByTestId('list-thread-label-toggle').first().click()
    await item.getByTestId('list-thread-label').fill(label)
    await item.getByTestId('list-thread-kind').selectOption({ label: kindLabel })
    await item.getByTestId('list-thread-label').press('Enter')
  }

  async edit(text: string, newText: string): Promise<void> {
    const item = this.note(text)
    await item.getByTestId('list-edit').click()
    await item.getByTestId('note-form-text').fill(newText)
    await item.getByTestId('note-form-submit').click()
  }

  /** The live model's note with this text (waits for it). */
  async waitForNote(text: string, laneId?: string): Promise<Note> {
    const handle = await this.page.waitForFunction(
      ({ text, laneId }) =>
        (window as unknown as { __weave: WeaveReadings }).__weave
          .notes()
          .find((note) => note.text === text && (!laneId || note.laneId === laneId)) ?? false,
      { text, laneId },
      { timeout: 5_000 },
    )
    return (await handle.jsonValue()) as Note
  }

  threads(): Promise<Thread[]> {
    return this.page.evaluate(() =>
      (window as unknown as { __weave: WeaveReadings }).__weave.threads(),
    )
  }

  myDots(): Promise<MyDots | null> {
    return this.page.evaluate(() =>
      (window as unknown as { __weave: WeaveReadings }).__weave.myDots(),
    )
  }

  /**
   * Keeps every sentence the polite live region says in `window.__announced` (the region shows only
   * the latest). Call on the context before its pages open.
   */
  static async recordAnnouncements(context: BrowserContext): Promise<void> {
    await context.addInitScript(() => {
      const said: string[] = []
      ;(window as unknown as { __announced: string[] }).__announced = said
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="announcer"]')?.textContent ?? ''
        if (text && said.at(-1) !== text) said.push(text)
      }).observe(document, { subtree: true, childList: true, characterData: true })
    })
  }

  /** Waits until the polite live region has said something containing `text`. */
  async waitForAnnouncement(text: string): Promise<void> {
    await this.page.waitForFunction(
      (text) =>
        (window as unknown as { __announced: string[] }).__announced.some((said) =>
          said.includes(text),
        ),
      text,
      { timeout: 10_000 },
    )
  }
}
