import type { Page } from 'playwright-core'
import type { MyDots, Note } from '@weave/shared'

/** What the keyboard tests read from `window.__weave` (reading only: actions go by keys). */
interface WeaveReadings {
  notes(): Note[]
  selection(): { kind: 'note' | 'thread'; id: string } | null
  myDots(): MyDots | null
  viewport(): { x: number; y: number; scale: number }
}

/** Page object for a person who uses only the keyboard: every action is a key press. */
export class KeyboardPage {
  constructor(readonly page: Page) {}

  /** The `data-testid` (or id) of the element that has focus. */
  focused(): Promise<string> {
    return this.page.evaluate(() => {
      const element = document.activeElement
      return element?.getAttribute('data-testid') ?? element?.id ?? ''
    })
  }

  /** Presses Tab until the element with this test id (or id) has focus. */
  async tabTo(target: string, maxPresses = 30): Promise<void> {
    for (let press = 0; press < maxPresses; press++) {
      if ((await this.focused()) === target) return
      await this.page.keyboard.press('Tab')
    }
    throw new Error(`Tab never reached ${target} (focus is on "${await this.focused()}")`)
  }

  /** Presses a key and waits for the next animation frame (React has rendered). */
  async press(key: string, times = 1): Promise<void> {
    for (let count = 0; count < times; count++) await this.page.keyboard.press(key)
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
  }

  notes(): Promise<Note[]> {
    return this.page.evaluate(() =>
      (window as unknown as { __weave: WeaveReadings }).__weave.notes(),
    )
  }

  /** The id of the note keyboard focus is on. */
  async focusedNoteId(): Promise<string | null> {
    const selection = await this.page.evaluate(() =>
      (window as unknown as { __weave: WeaveReadings }).__weave.selection(),
    )
    return selection?.kind === 'note' ? selection.id : null
  }

  myDots(): Promise<MyDots | null> {
    return this.page.evaluate(() =>
      (window as unknown as { __weave: WeaveReadings }).__weave.myDots(),
    )
  }

  /** What the focus live region says now. */
  async focusDescription(): Promise<string> {
    return (await this.page.getByTestId('focus-description').textContent()) ?? ''
  }

  /** Waits until a note has all of these fields (by the live model) and returns it. */
  async waitForNote(fields: Partial<Pick<Note, 'id' | 'text' | 'laneId'>>): Promise<Note> {
    const handle = await this.page.waitForFunction(
      (wanted) =>
        (window as unknown as { __weave: WeaveReadings }).__weave
          .notes()
          .find((note) =>
            Object.entries(wanted).every(
              ([key, value]) => (note as unknown as Record<string, unknown>)[key] === value,
            ),
          ) ?? false,
      fields,
      { timeout: 5_000 },
    )
    return (await handle.jsonValue()) as Note
  }
}
