import type { Page } from 'playwright-core'
import type { Note, Thread } from '@weave/shared'

/** What the client exposes on `window.__weave` for tests and debugging. */
interface WeaveDebug {
  notes(): Note[]
  draftNotes(): Note[]
  threads(): Thread[]
  serverOffset(): number
  placeDot(noteId: string): Promise<unknown>
  canvasToScreen(x: number, y: number): { x: number; y: number }
}

/** Page object for the board: acts as a person would (mouse, keyboard) and reads the live model. */
export class BoardPage {
  constructor(readonly page: Page) {}

  async waitUntilOnline(): Promise<void> {
    await this.page.waitForSelector('[data-testid="connection-status"][data-status="online"]', {
      timeout: 20_000,
    })
  }

  /** Closes the hint shown to participants on their first visit. */
  async closeFirstVisitHint(): Promise<void> {
    await this.page.getByTestId('first-visit-hint-close').click()
  }

  notes(): Promise<Note[]> {
    return this.page.evaluate(() => (window as unknown as { __weave: WeaveDebug }).__weave.notes())
  }

  threads(): Promise<Thread[]> {
    return this.page.evaluate(() =>
      (window as unknown as { __weave: WeaveDebug }).__weave.threads(),
    )
  }

  /** Page coordinates of the centre (or an offset point) of a note, as the canvas draws it. */
  async notePoint(
    noteId: string,
    where: 'centre' | 'handle' = 'centre',
  ): Promise<{ x: number; y: number }> {
    return this.page.evaluate(
      ({ id, where }) => {
        const weave = (
          window as unknown as {
            __weave: WeaveDebug & {
              notePosition(
                id: string,
              ): { x: number; y: number; width: number; height: number } | null
            }
          }
        ).__weave
        const box = weave.notePosition(id)
        if (!box) throw new Error(`note ${id} is not on the canvas`)
        const x = where === 'handle' ? box.x + box.width : box.x + box.width / 2
        return weave.canvasToScreen(x, box.y + box.height / 2)
      },
      { id: noteId, where },
    )
  }

  /** This page's private notes (during a private round). */
  draftNotes(): Promise<Note[]> {
    return this.page.evaluate(() =>
      (window as unknown as { __weave: WeaveDebug }).__weave.draftNotes(),
    )
  }

  /** Places one of this person's dots on a note, as the note's dot button does. */
  async placeDot(noteId: string): Promise<void> {
    await this.page.evaluate(
      (id) => (window as unknown as { __weave: WeaveDebug }).__weave.placeDot(id),
      noteId,
    )
  }

  /**
   * Adds a note with the toolbar button and types its text into the editor that opens. During a
   * private round the note is private (`where: 'draft'`).
   */
  async addNote(text: string, where: 'board' | 'draft' = 'board'): Promise<Note> {
    const before = new Set(
      [...(await this.notes()), ...(await this.draftNotes())].map((note) => note.id),
    )
    await this.page.getByTestId('add-note').click()
    const editor = this.page.getByTestId('note-editor')
    await editor.waitFor()
    await editor.pressSequentially(text)
    await this.page.keyboard.press('Escape')
    await editor.waitFor({ state: 'detached' })
    const handle = await this.page.waitForFunction(
      ({ known, text, where }) => {
        const weave = (window as unknown as { __weave: WeaveDebug }).__weave
        const notes = where === 'draft' ? weave.draftNotes() : weave.notes()
        return notes.find((note) => !known.includes(note.id) && note.text === text) ?? false
      },
      { known: [...before], text, where },
    )
    return (await handle.jsonValue()) as Note
  }

  /** Double-clicks a note and types `more` at the end of its text, then Escape. */
  async appendText(noteId: string, more: string): Promise<void> {
    const centre = await this.notePoint(noteId)
    await this.page.mouse.dblclick(centre.x, centre.y)
    const editor = this.page.locator(`[data-testid="note-editor"][data-note-id="${noteId}"]`)
    await editor.waitFor()
    await this.page.keyboard.press('End')
    await editor.pressSequentially(more)
    await this.page.keyboard.press('Escape')
    await editor.waitFor({ state: 'detached' })
  }

  /** A page point over empty board (no note, no control on top): for clicks that deselect. */
  emptyPoint(): Promise<{ x: number; y: number }> {
    return this.page.evaluate(() => {
      type Stage = {
        container(): HTMLElement
        getIntersection(point: { x: number; y: number }): unknown
      }
      const stage = (window as unknown as { __weave: { stage(): Stage } }).__weave.stage()
      const box = stage.container().getBoundingClientRect()
      for (let y = box.bottom - 40; y > box.top + 80; y -= 40) {
        for (let x = box.left + 40; x < box.right - 40; x += 40) {
          const on = document.elementFromPoint(x, y)
          const overCanvas = on instanceof HTMLCanvasElement && stage.container().contains(on)
          if (overCanvas && !stage.getIntersection({ x: x - box.left, y: y - box.top })) {
            return { x: x + window.scrollX, y: y + window.scrollY }
          }
        }
      }
      throw new Error('no empty spot on the board')
    })
  }

  /** The texts the canvas draws on a note (its text, then its author line). */
  noteTexts(noteId: string): Promise<string[]> {
    return this.page.evaluate((id) => {
      type Node = { text(): string; find(selector: string): Node[] }
      const weave = (window as unknown as { __weave: { stage(): { findOne(s: string): Node } } })
        .__weave
      return weave
        .stage()
        .findOne(`#${id}`)
        .find('Text')
        .map((text) => text.text())
    }, noteId)
  }

  /** Drags from one note's thread handle onto another note. */
  async connect(fromId: string, toId: string): Promise<void> {
    await this.page.mouse.move(0, 0)
    const centre = await this.notePoint(fromId)
    await this.page.mouse.move(centre.x, centre.y)
    const handle = await this.notePoint(fromId, 'handle')
    const target = await this.notePoint(toId)
    await this.page.mouse.move(handle.x, handle.y)
    await this.page.mouse.down()
    await this.page.mouse.move((handle.x + target.x) / 2, (handle.y + target.y) / 2, { steps: 5 })
    await this.page.mouse.move(target.x, target.y, { steps: 5 })
    await this.page.mouse.up()
  }

  /** Drags a note by its body to a point given in canvas coordinates. */
  async dragNoteTo(noteId: string, canvas: { x: number; y: number }): Promise<void> {
    const from = await this.notePoint(noteId)
    const to = await this.page.evaluate(
      ({ x, y }) => (window as unknown as { __weave: WeaveDebug }).__weave.canvasToScreen(x, y),
      canvas,
    )
    await this.page.mouse.move(from.x, from.y)
    await this.page.mouse.down()
    await this.page.mouse.move(to.x, to.y, { steps: 10 })
    await this.page.mouse.up()
  }

  /** Waits until a note with exactly this text is on this page's board. */
  async waitForNoteText(text: string, timeout = 5_000): Promise<void> {
    await this.page.waitForFunction(
      (wanted) =>
        (window as unknown as { __weave: WeaveDebug }).__weave
          .notes()
          .some((note) => note.text === wanted),
      text,
      { timeout },
    )
  }

  /** Waits until a thread joins these two notes (either direction) on this page's board. */
  async waitForThread(a: string, b: string, timeout = 5_000): Promise<void> {
    await this.page.waitForFunction(
      ({ a, b }) =>
        (window as unknown as { __weave: WeaveDebug }).__weave
          .threads()
          .some((t) => (t.from === a && t.to === b) || (t.from === b && t.to === a)),
      { a, b },
      { timeout },
    )
  }
}
