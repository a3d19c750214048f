import { describe, expect, it } from 'vitest'
import { createWorkshop } from '../helpers/api.js'
import { call } from '../helpers/http.js'
import { artifact } from './browser.js'
import { useServedClient } from './fixture.js'
import { BoardPage } from './pages/board-page.js'
import { KeyboardPage } from './pages/keyboard-page.js'

const served = useServedClient()

describe('the core flow with only a keyboard', () => {
  it('joins, writes two notes, moves one to another lane, connects them and votes', async () => {
    const workshop = await createWorkshop(served.running.httpUrl, 'Keyboard summit')
    const context = await served.browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const keys = new KeyboardPage(page)
    const board = new BoardPage(page)

    // Join: every field reached with Tab, the sector chosen by typing, submitted with Enter.
    await page.goto(
      `${served.running.httpUrl}/w/${workshop.workshopId}/join#code=${workshop.joinCode}`,
    )
    await page.getByTestId('join-name').waitFor()
    await keys.tabTo('join-name')
    await page.keyboard.type('Maya')
    await keys.tabTo('join-sector')
    await page.keyboard.type('Education')
    await keys.tabTo('join-submit')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/w\/[a-z0-9]+$/)
    await board.waitUntilOnline()

    // The skip link is the first stop and goes straight to the board.
    await page.keyboard.press('Tab')
    expect(await keys.focused()).toBe('skip-to-board')
    await keys.press('Enter')
    expect(await keys.focused()).toBe('board-canvas')

    // N writes a note in this person's lane; Escape goes back to the board, on that note.
    await keys.press('n')
    await page.getByTestId('note-editor').waitFor()
    await page.keyboard.type('Families wait months for speech therapy')
    await keys.press('Escape')
    expect(await keys.focused()).toBe('board-canvas')
    const first = await keys.waitForNote({ text: 'Families wait months for speech therapy' })
    expect(first.laneId).toBe('education')
    expect(await keys.focusedNoteId()).toBe(first.id)

    await keys.press('n')
    await page.getByTestId('note-editor').waitFor()
    await page.keyboard.type('Kindergarten teachers see it first')
    await keys.press('Escape')
    const second = await keys.waitForNote({ text: 'Kindergarten teachers see it first' })
    expect(second.laneId).toBe(first.laneId)
    expect(second.y).toBeGreaterThan(first.y)

    // Arrow keys move the focus; the live region says where it is.
    await keys.press('ArrowUp')
    expect(await keys.focusedNoteId()).toBe(first.id)
    expect(await keys.focusDescription()).toContain('Families wait months for speech therapy')

    // ] moves the focused note to the next lane (Child care), keeping the focus on it.
    await keys.press(']')
    const moved = await keys.waitForNote({ id: first.id, laneId: 'child-care' })
    expect(await keys.focusedNoteId()).toBe(moved.id)

    // M picks it up: Shift+ArrowDown moves it further down, Enter puts it down.
    await keys.press('m')
    await keys.press('Shift+ArrowDown', 2)
    await keys.press('Enter')
    const lowered = await keys.waitForNote({ id: first.id })
    expect(lowered.y).toBe(moved.y + 100)

    // > makes it bigger, < smaller again (20 units a step, both ways).
    await keys.press('>', 2)
    await page.waitForFunction(
      ({ id, width }) =>
        (
          window as unknown as { __weave: { notes(): Array<{ id: string; width: number }> } }
        ).__weave
          .notes()
          .some((note) => note.id === id && note.width === width),
      { id: first.id, width: lowered.width + 40 },
    )
    // The size is said out loud (the announcer's polite live region).
    await page
      .getByTestId('announcer')
      .getByText(`Note size ${lowered.width + 40}`)
      .waitFor()
    await keys.press('<')
    await page.waitForFunction(
      ({ id, width, height }) =>
        (
          window as unknown as {
            __weave: { notes(): Array<{ id: string; width: number; height: number }> }
          }
        ).__weave
          .notes()
          .some((note) => note.id === id && note.width === width && note.height === height),
      { id: first.id, width: lowered.width + 20, height: lowered.height + 20 },
    )

    // C starts connecting; ArrowLeft chooses the note in the lane to the left; Enter weaves.
    await keys.press('c')
    await keys.press('ArrowLeft')
    await page.screenshot({ path: artifact('keyboard-connect.png') })
    await keys.press('Enter')
    await board.waitForThread(first.id, second.id)
    expect(await keys.focusedNoteId()).toBe(first.id)

    // T chooses the note's thread: the keyboard lands in its label; Enter goes back to the board.
    await keys.press('t')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'thread-label',
    )
    await page.keyboard.type('same families')
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      (label) =>
        (window as unknown as { __weave: { threads(): Array<{ label: string }> } }).__weave
          .threads()
          .some((thread) => thread.label === label),
      'same families',
    )
    expect(await keys.focused()).toBe('board-canvas')
    expect(await keys.focusedNoteId()).toBe(first.id)

    // A vote opens; V gives the focused note a dot.
    await call(
      `${served.running.httpUrl}/api/workshops/${workshop.workshopId}/votes`,
      'POST',
      workshop.facilitatorToken,
      { dotsPerPerson: 3 },
    )
    await page.getByTestId('vote-banner').waitFor()
    await keys.press('v')
    await page.waitForFunction(
      (id) =>
        (window as unknown as { __weave: { myDots(): { noteIds: string[] } | null } }).__weave
          .myDots()
          ?.noteIds.includes(id) ?? false,
      first.id,
    )
    expect((await keys.myDots())?.dotsLeft).toBe(2)

    // ? opens the shortcuts sheet with focus inside it; Escape closes it and focus comes back.
    await keys.press('?')
    const dialog = page.getByTestId('shortcuts-dialog')
    await dialog.waitFor()
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true)
    await keys.press('Tab', 3)
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true)
    await keys.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await keys.focused()).toBe('board-canvas')

    // Tab past the last note leaves the board: focus is never trapped on the canvas.
    await keys.press('End')
    await keys.press('Tab')
    expect(await keys.focused()).not.toBe('board-canvas')
    await keys.press('Shift+Tab')
    expect(await keys.focused()).toBe('board-canvas')
    await page.screenshot({ path: artifact('keyboard-focus.png') })

    expect(errors).toEqual([])
    await context.close()
  })
})
