import { describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import * as Y from 'yjs'
import { readNotes, type RoomInfo } from '@weave/shared'
import { createWorkshop, describe as describeWorkshop } from '../helpers/api.js'
import { connectClient, docReaches, synced } from '../helpers/clients.js'
import { call } from '../helpers/http.js'
import { tokenKey } from '../../client/src/session/token-store.js'
import { artifact } from './browser.js'
import { useServedClient } from './fixture.js'
import { BoardPage } from './pages/board-page.js'
import { JoinPage, LandingPage } from './pages/entry-pages.js'
import { KeyboardPage } from './pages/keyboard-page.js'

const VIEWPORT = { width: 1280, height: 800 }
const CANARY = 'Canary 4f9c: removed by the facilitator'

const served = useServedClient()

interface Person {
  readonly context: BrowserContext
  readonly page: Page
  readonly board: BoardPage
}

/** A facilitator creates a workshop and a participant joins it, each in their own served.browser. */
async function twoPeople(): Promise<{ facilitator: Person; participant: Person; url: string }> {
  const people: Person[] = []
  for (let i = 0; i < 2; i++) {
    const context = await served.browser.newContext({ viewport: VIEWPORT })
    const page = await context.newPage()
    people.push({ context, page, board: new BoardPage(page) })
  }
  const [facilitator, participant] = people as [Person, Person]
  const landing = new LandingPage(facilitator.page)
  await landing.createWorkshop(served.running.httpUrl, 'Rural check-in')
  const link = (await landing.participantLink()).replace(
    /^https?:\/\/[^/]+/,
    served.running.httpUrl,
  )
  await new JoinPage(participant.page).joinAs(link, 'Rosa', 'Health')
  await Promise.all([facilitator.board.waitUntilOnline(), participant.board.waitUntilOnline()])
  return { facilitator, participant, url: participant.page.url() }
}

/** Waits until the service worker controls the page and keeps the page and every file it loaded. */
async function shellKept(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          if (!navigator.serviceWorker.controller) return 'no worker yet'
          const cache = await caches.open('weave-shell-v1')
          const wanted = performance
            .getEntriesByType('resource')
            .map((entry) => new URL(entry.name))
            .filter((url) => url.origin === location.origin && url.pathname.startsWith('/assets/'))
            .map((url) => url.pathname)
          const missing = []
          for (const url of ['/', ...wanted]) if (!(await cache.match(url))) missing.push(url)
          return missing.length === 0 ? 'kept' : `missing ${missing.join(', ')}`
        }),
      { timeout: 20_000, interval: 100 },
    )
    .toBe('kept')
}

async function waitForStatus(page: Page, status: 'online' | 'offline'): Promise<void> {
  await page.waitForSelector(`[data-testid="connection-status"][data-status="${status}"]`, {
    timeout: 20_000,
  })
}

/** The token this page keeps for a workshop. */
async function savedToken(page: Page, workshopId: string): Promise<string> {
  return (await page.evaluate((key) => localStorage.getItem(key), tokenKey(workshopId))) ?? ''
}

/** What a fetch through the service worker gives: the status, or 'failed'. */
function workerFetch(page: Page, url: string): Promise<number | 'failed'> {
  return page.evaluate(
    (target) =>
      fetch(target).then(
        (response) => response.status,
        () => 'failed' as const,
      ),
    url,
  )
}

/**
 * The text kept in this browser's Weave databases: every string in every stored update, joined in
 * the order stored (one keystroke is one update, so typed text reads back whole).
 */
async function storedText(page: Page): Promise<string> {
  const updates = await page.evaluate(async () => {
    function done<T>(request: IDBRequest<T>): Promise<T> {
      return new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    }
    const found: number[][] = []
    for (const { name } of await indexedDB.databases()) {
      if (!name?.startsWith('weave:')) continue
      const db = await done(indexedDB.open(name))
      const stored = await done(db.transaction('updates').objectStore('updates').getAll())
      db.close()
      for (const update of stored) found.push(Array.from(update as Uint8Array))
    }
    return found
  })
  return updates
    .flatMap((update) => Y.decodeUpdate(Uint8Array.from(update)).structs)
    .map((struct) =>
      struct instanceof Y.Item && struct.content instanceof Y.ContentString
        ? struct.content.str
        : '',
    )
    .join('')
}

/** The names of the IndexedDB databases Weave made in this page's served.browser. */
function weaveDatabases(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases())
      .map((db) => db.name ?? '')
      .filter((name) => name.startsWith('weave:')),
  )
}

describe('offline editing survives a reload', () => {
  it('[REL-29] keeps notes written offline across a reload and merges them when back online', async () => {
    const { facilitator, participant, url } = await twoPeople()
    const errors: string[] = []
    participant.page.on('pageerror', (error) => errors.push(error.message))
    const anchor = await participant.board.addNote('Before the storm')
    await facilitator.board.waitForNoteText('Before the storm')
    await shellKept(participant.page)

    await participant.context.setOffline(true)
    await waitForStatus(participant.page, 'offline')
    const first = await participant.board.addNote('Written on the ferry')
    await participant.board.addNote('No signal at the clinic')
    // Move the note written before going offline to the next lane, from the keyboard.
    const keys = new KeyboardPage(participant.page)
    for (const key of ['ArrowDown', 'ArrowUp']) {
      for (let press = 0; press < 4 && (await keys.focusedNoteId()) !== anchor.id; press++)
        await keys.press(key)
    }
    expect(await keys.focusedNoteId()).toBe(anchor.id)
    await keys.press(']')
    const moved = await keys.waitForNote({ id: anchor.id, laneId: 'education' })
    const movedX = moved.x

    // The service worker cannot reach the server either (a file it lacks cannot be fetched), so
    // the reload below can only come from what it kept.
    expect(await workerFetch(participant.page, '/assets/not-kept.js')).toBe('failed')
    // A reload while offline: the page comes from the service worker, the board from IndexedDB.
    const reloadStarted = performance.now()
    const reloaded = await participant.page.reload()
    expect(reloaded?.fromServiceWorker()).toBe(true)
    await participant.page.getByTestId('offline-banner').waitFor({ timeout: 20_000 })
    await participant.board.waitForNoteText('No signal at the clinic')
    // Drawn, not only in the model: the canvas's own code came from the worker's cache too.
    await participant.page.waitForSelector('#board-canvas canvas', { timeout: 20_000 })
    const reloadMs = performance.now() - reloadStarted
    const afterReload = await participant.board.notes()
    expect(afterReload.map((note) => note.text).sort()).toEqual(
      ['Before the storm', 'No signal at the clinic', 'Written on the ferry'].sort(),
    )
    expect(afterReload.find((note) => note.id === anchor.id)?.x).toBe(movedX)
    await participant.page.screenshot({ path: artifact('offline-reloaded.png') })
    // The facilitator has seen none of it.
    expect((await facilitator.board.notes()).map((note) => note.text)).toEqual(['Before the storm'])

    // One more edit after the reload, then back online.
    await participant.board.addNote('Written after the reload')
    const onlineAt = performance.now()
    await participant.context.setOffline(false)
    await waitForStatus(participant.page, 'online')
    for (const text of [
      'Written on the ferry',
      'No signal at the clinic',
      'Written after the reload',
    ])
      await facilitator.board.waitForNoteText(text, 20_000)
    await facilitator.page.waitForFunction(
      ({ id, x }) =>
        (window as unknown as { __weave: { notes(): { id: string; x: number }[] } }).__weave
          .notes()
          .some((note) => note.id === id && note.x === x),
      { id: anchor.id, x: movedX },
    )
    const mergeMs = performance.now() - onlineAt
    expect(participant.page.url()).toBe(url)

    // The server stored it all: a fresh client sees the four notes and the move.
    const workshopId = /\/w\/([a-z0-9]+)$/.exec(url)?.[1] ?? ''
    const token = await savedToken(facilitator.page, workshopId)
    const info = (await describeWorkshop(served.running.httpUrl, workshopId, token)).body
    const fresh = connectClient(served.running.wsUrl, info.rooms[0]?.docName ?? '', token)
    await synced(fresh)
    const stored = readNotes(fresh.doc)
    fresh.destroy()
    expect(stored).toHaveLength(4)
    expect(stored.find((note) => note.id === first.id)?.text).toBe('Written on the ferry')
    expect(stored.find((note) => note.id === anchor.id)?.x).toBe(movedX)
    console.info(
      `offline reload: board back from the device in ${Math.round(reloadMs)} ms; ` +
        `merge after reconnect: ${Math.round(mergeMs)} ms`,
    )
    expect(errors).toEqual([])
    await facilitator.context.close()
    await participant.context.close()
  })
})

describe('moved to another room while offline', () => {
  it('[REL-30] still delivers what was written offline, across a reload, to the room left', async () => {
    const workshop = await createWorkshop(served.running.httpUrl, 'Summit')
    const facilitator = (p: string, body: unknown = {}) =>
      call(
        `${served.running.httpUrl}/api/workshops/${workshop.workshopId}${p}`,
        'POST',
        workshop.facilitatorToken,
        body,
      )
    const rooms = (await facilitator('/rooms', { count: 2 })).body as RoomInfo[]
    const roomOne = rooms[0]!
    const context = await served.browser.newContext({ viewport: VIEWPORT })
    const page = await context.newPage()
    const board = new BoardPage(page)
    await new JoinPage(page).joinAs(
      `${served.running.httpUrl}/w/${workshop.workshopId}/join#code=${workshop.joinCode}`,
      'Maya',
      'Education',
    )
    await board.waitUntilOnline()
    await board.addNote('Said in the plenary')
    await shellKept(page)
    const mayaToken = await savedToken(page, workshop.workshopId)
    const { participantId } = (
      await describeWorkshop(served.running.httpUrl, workshop.workshopId, mayaToken)
    ).body

    await context.setOffline(true)
    await waitForStatus(page, 'offline')
    await board.addNote('Written offline in the plenary')
    // IndexedDB writes are asynchronous: reload once the note is on the device (a reload in the
    // same instant could abort the write; on a loaded CI machine it did).
    await expect
      .poll(() => storedText(page), { timeout: 10_000 })
      .toContain('Written offline in the plenary')
    await page.reload()
    await page.getByTestId('offline-banner').waitFor({ timeout: 20_000 })
    await board.waitForNoteText('Written offline in the plenary', 20_000)
    // Meanwhile the facilitator sends Maya to a breakout room.
    await facilitator('/breakouts/move', { participantId, roomId: roomOne.roomId })
    await facilitator('/breakouts/open')

    const unsentKey = `weave:unsent:${workshop.workshopId}`
    expect(await page.evaluate((key) => localStorage.getItem(key), unsentKey)).not.toBeNull()
    const witness = connectClient(served.running.wsUrl, workshop.roomDoc, workshop.facilitatorToken)
    await context.setOffline(false)
    await page.getByTestId('room-name').getByText(roomOne.name).waitFor({ timeout: 20_000 })
    await docReaches(witness.doc, 'the offline note stored in the main room', (doc) =>
      readNotes(doc).some((note) => note.text === 'Written offline in the plenary'),
    )
    // And the device knows it: nothing is left marked unsent (leaving would not warn).
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), unsentKey), {
        timeout: 20_000,
      })
      .toBeNull()
    witness.destroy()
    await context.close()
  })
})

describe('leaving a shared device', () => {
  it('[REL-31] warns about unsent notes, then deletes the board kept in the browser', async () => {
    const { facilitator, participant, url } = await twoPeople()
    const { page } = participant
    await participant.board.addNote('Kept on this laptop')
    expect((await weaveDatabases(page)).length).toBeGreaterThan(0)

    // Offline with a note not sent yet: leaving asks first.
    await participant.context.setOffline(true)
    await waitForStatus(page, 'offline')
    await participant.board.addNote('Not sent yet')
    await page.getByTestId('leave-button').click()
    const dialog = page.getByTestId('leave-dialog')
    await dialog.waitFor()
    expect(await dialog.getAttribute('data-unsent')).toBe('true')
    await page.screenshot({ path: artifact('leave-unsent-warning.png') })
    // Escape (as "Stay and wait") keeps everything.
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })

    await participant.context.setOffline(false)
    await waitForStatus(page, 'online')
    await facilitator.board.waitForNoteText('Not sent yet', 20_000)

    // A note the facilitator deletes: its text is in the device's log until the log is folded
    // (when the board is next opened or reconnects).
    const canary = await facilitator.board.addNote(CANARY)
    await participant.board.waitForNoteText(CANARY)
    await expect.poll(() => storedText(page), { timeout: 10_000 }).toContain(CANARY)
    const point = await facilitator.board.notePoint(canary.id)
    await facilitator.page.mouse.click(point.x, point.y)
    await facilitator.page.getByTestId('delete-selected').click()
    await page.waitForFunction(
      (id) =>
        (window as unknown as { __weave: { notes(): { id: string }[] } }).__weave
          .notes()
          .every((note) => note.id !== id),
      canary.id,
    )
    await page.reload()
    await waitForStatus(page, 'online')
    await expect.poll(() => storedText(page), { timeout: 10_000 }).not.toContain(CANARY)

    await page.getByTestId('leave-button').click()
    await dialog.waitFor()
    expect(await dialog.getAttribute('data-unsent')).toBe('false')
    await page.screenshot({ path: artifact('leave-confirm.png') })
    await page.getByTestId('leave-confirm').click()
    await page.waitForURL(`${served.running.httpUrl}/`)

    expect(await weaveDatabases(page)).toEqual([])
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('weave:')),
    )
    expect(kept.filter((key) => key.startsWith('weave:token:'))).toEqual([])
    expect(kept.filter((key) => key.startsWith('weave:info:'))).toEqual([])
    // Coming back to the board asks to join again.
    await page.goto(url)
    await page.waitForURL(/\/join/)
    await page.getByTestId('join-name').waitFor()
    await facilitator.context.close()
    await participant.context.close()
  })
})
