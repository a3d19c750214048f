import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { notesMap, readNote, readThreads, threadsMap, type Note } from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { connectClient, docReaches, synced, type TestClient } from '../helpers/clients.js'
import { presenceReaches, type SeenPresence } from '../helpers/presence.js'
import { structClientsOf } from '../helpers/recorder.js'
import { artifact } from './browser.js'
import { useServedClient } from './fixture.js'
import { BoardPage } from './pages/board-page.js'
import { JoinPage } from './pages/entry-pages.js'
import { KeyboardPage } from './pages/keyboard-page.js'
import { ListPage } from './pages/list-page.js'

const served = useServedClient()

/** The awareness ids of everyone else the probe sees, by the name the server stamped. */
function presenceIds(probe: TestClient): Map<number, SeenPresence> {
  const states = new Map(probe.provider.awareness.getStates() as Map<number, SeenPresence>)
  states.delete(probe.doc.clientID)
  return states
}

function idOfPerson(probe: TestClient, name: string): number | undefined {
  return [...presenceIds(probe)].find(([, state]) => state.user?.name === name)?.[0]
}

describe('anonymous writing in the browser', () => {
  it('[FAC-M3] anonymous notes and threads are written by the server: nothing ties them to their author', async () => {
    const workshop = await createWorkshop(served.running.httpUrl, 'Summit')
    const link = `${served.running.httpUrl}/w/${workshop.workshopId}/join#code=${workshop.joinCode}`
    const contexts = await Promise.all(
      [0, 1].map(() => served.browser.newContext({ viewport: { width: 1280, height: 800 } })),
    )
    const [mayaPage, anonPage] = await Promise.all(contexts.map((c) => c.newPage()))
    if (!mayaPage || !anonPage) throw new Error('no pages')
    const errors: string[] = []
    for (const page of [mayaPage, anonPage])
      page.on('pageerror', (error) => errors.push(error.message))
    await new JoinPage(mayaPage).joinAs(link, 'Maya', 'Education')
    await new JoinPage(anonPage).joinAnonymously(link, 'Health')
    const maya = new BoardPage(mayaPage)
    const anon = new BoardPage(anonPage)
    await Promise.all([maya.waitUntilOnline(), anon.waitUntilOnline()])
    // The welcome hint lies over the board, where notes are clicked.
    await Promise.all([maya.closeFirstVisitHint(), anon.closeFirstVisitHint()])

    // A third participant, outside any served.browser, reads the room as everyone receives it.
    const probeJoin = await join(served.running.httpUrl, workshop, {
      name: 'Probe',
      sector: 'health',
    })
    const probe = connectClient(served.running.wsUrl, workshop.roomDoc, probeJoin.token)
    await synced(probe)
    await presenceReaches(probe, 'both browsers in presence', () =>
      ['Maya', 'Anonymous'].every((name) => idOfPerson(probe, name) !== undefined),
    )
    const mayaClient = idOfPerson(probe, 'Maya')!

    // Maya, with "Post anonymously" on: writes, edits and drags a note.
    await mayaPage.getByTestId('post-anonymously').check()
    const secret = await maya.addNote('Waiting lists are too long')
    expect(secret.authorName).toBeNull()
    await maya.appendText(secret.id, ' for speech therapy')
    const before = (await maya.notes()).find((note) => note.id === secret.id)!
    const box = await mayaPage.evaluate(
      (id) =>
        (
          window as unknown as {
            __weave: { notePosition(id: string): { x: number; y: number } | null }
          }
        ).__weave.notePosition(id),
      secret.id,
    )
    await maya.dragNoteTo(secret.id, { x: box!.x + 100, y: box!.y + 220 })
    await mayaPage.waitForFunction(
      ({ id, y }) =>
        (window as unknown as { __weave: { notes(): Note[] } }).__weave
          .notes()
          .some((note) => note.id === id && note.y > y + 150),
      { id: secret.id, y: before.y },
    )

    // The cursor is not shared while her anonymous note is selected (it would point at it).
    const empty = await maya.emptyPoint()
    await mayaPage.mouse.click(empty.x, empty.y)
    await mayaPage.mouse.move(empty.x + 20, empty.y - 10, { steps: 3 })
    await presenceReaches(
      probe,
      'Maya’s cursor shown',
      (states) => !!states.get(mayaClient)?.cursor,
    )
    const centre = await maya.notePoint(secret.id)
    await mayaPage.mouse.click(centre.x, centre.y)
    await mayaPage.mouse.move(centre.x + 40, centre.y + 10, { steps: 5 })
    await presenceReaches(probe, 'Maya’s cursor hidden', (states) => {
      const state = states.get(mayaClient) as (SeenPresence & { selected?: unknown }) | undefined
      return state !== undefined && !state.cursor && !state.selected
    })

    // Someone who joined anonymously: writes a note and weaves a thread to Maya's.
    const theirs = await anon.addNote('Families need one contact person')
    await anon.connect(theirs.id, secret.id)
    await anon.waitForThread(theirs.id, secret.id)
    await maya.waitForThread(theirs.id, secret.id)
    expect(
      presenceIds(probe).get(mayaClient)?.cursor ?? null,
      'still hidden while selected',
    ).toBeNull()

    // Each sees the other's note as "Anonymous"; Maya sees her own as hers.
    await anon.waitForNoteText('Waiting lists are too long for speech therapy')
    await anonPage.waitForFunction(
      ({ id, y }) =>
        (window as unknown as { __weave: { notes(): Note[] } }).__weave
          .notes()
          .some((note) => note.id === id && note.y > y + 150),
      { id: secret.id, y: before.y },
    )
    expect(await anon.noteTexts(secret.id)).toEqual([
      'Waiting lists are too long for speech therapy',
      'Anonymous · Education',
    ])
    expect(await maya.noteTexts(secret.id)).toContain('Anonymous (you) · Education')
    await maya.waitForNoteText('Families need one contact person')
    expect((await maya.noteTexts(theirs.id))[1]).toBe('Anonymous · Health')

    // With her name again, Maya's note is hers, written from her own client (the control case).
    await mayaPage.mouse.click(empty.x, empty.y)
    await mayaPage.getByTestId('post-anonymously').uncheck()
    const named = await maya.addNote('Named note by Maya')
    expect(named.authorName).toBe('Maya')

    await docReaches(probe.doc, 'every note at the probe', (doc) => {
      const ids = [secret.id, theirs.id, named.id]
      return ids.every((id) => readNote(doc, id)) && readThreads(doc).length === 1
    })
    await docReaches(
      probe.doc,
      'the final text at the probe',
      (doc) => readNote(doc, secret.id)?.text === 'Waiting lists are too long for speech therapy',
    )
    const browsers = new Set(presenceIds(probe).keys())
    expect(browsers.size).toBe(2)
    const thread = readThreads(probe.doc)[0]!
    for (const record of [readNote(probe.doc, secret.id)!, readNote(probe.doc, theirs.id)!]) {
      expect(record).toMatchObject({ authorId: null, authorName: null })
      expect(record.authorSeal).toEqual(expect.any(String))
    }
    expect(thread).toMatchObject({ authorId: null, authorSeal: expect.any(String) })
    const records = [
      notesMap(probe.doc).get(secret.id),
      notesMap(probe.doc).get(theirs.id),
      threadsMap(probe.doc).get(thread.id),
    ]
    for (const record of records) {
      const writers = structClientsOf(record as Y.Map<unknown>)
      expect(writers.size).toBeGreaterThan(0)
      expect([...writers].filter((client) => browsers.has(client))).toEqual([])
    }
    // The check can tell: the named note was written by Maya's own client.
    const namedWriters = structClientsOf(notesMap(probe.doc).get(named.id) as Y.Map<unknown>)
    expect([...namedWriters]).toEqual([mayaClient])

    await anonPage.screenshot({ path: artifact('anonymous-note.png') })
    expect(errors).toEqual([])
    probe.destroy()
    await Promise.all(contexts.map((context) => context.close()))
  })

  it('[FAC-M3] someone who joined anonymously writes by keyboard and in the list, and keeps text typed offline', async () => {
    const workshop = await createWorkshop(served.running.httpUrl, 'Summit')
    const context = await served.browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await new JoinPage(page).joinAnonymously(
      `${served.running.httpUrl}/w/${workshop.workshopId}/join#code=${workshop.joinCode}`,
      'Education',
    )
    const board = new BoardPage(page)
    const keys = new KeyboardPage(page)
    const list = new ListPage(page)
    await board.waitUntilOnline()
    await board.closeFirstVisitHint()
    const probeJoin = await join(served.running.httpUrl, workshop, {
      name: 'Probe',
      sector: 'health',
    })
    const probe = connectClient(served.running.wsUrl, workshop.roomDoc, probeJoin.token)
    await synced(probe)
    await presenceReaches(probe, 'the browser in presence', () => presenceIds(probe).size === 1)
    const browserClient = [...presenceIds(probe).keys()][0]!
    const atProbe = (what: string, check: (doc: Y.Doc) => boolean) =>
      docReaches(probe.doc, what, check)

    // By keyboard: N writes, ] changes lane, M and arrows move, > grows.
    await page.focus('#board-canvas')
    await keys.press('n')
    const editor = page.getByTestId('note-editor')
    await editor.waitFor()
    await page.keyboard.type('Typed by keyboard')
    await keys.press('Escape')
    await editor.waitFor({ state: 'detached' })
    const typed = await keys.waitForNote({ text: 'Typed by keyboard' })
    expect(typed).toMatchObject({ laneId: 'education', authorName: null })
    expect(await keys.focusedNoteId()).toBe(typed.id)
    await keys.press(']')
    await atProbe('moved to child care', (doc) => readNote(doc, typed.id)?.laneId === 'child-care')
    const moved = readNote(probe.doc, typed.id)!
    await keys.press('m')
    await keys.press('Shift+ArrowDown', 2)
    await keys.press('Enter')
    await atProbe('moved down', (doc) => readNote(doc, typed.id)?.y === moved.y + 100)
    await keys.press('>')
    await atProbe('grown', (doc) => readNote(doc, typed.id)?.width === moved.width + 20)

    // Offline, the text typed stays in the open editor; it goes once the connection is back.
    await context.setOffline(true)
    await page.waitForSelector('[data-testid="connection-status"]:not([data-status="online"])')
    await keys.press('Enter')
    await editor.waitFor()
    await page.keyboard.press('End')
    await page.keyboard.type(' offline')
    await page.keyboard.press('Escape')
    await page.getByTestId('notice').getByText('It stays in the note').waitFor()
    expect(await editor.inputValue()).toBe('Typed by keyboard offline')
    await context.setOffline(false)
    await board.waitUntilOnline()
    await atProbe(
      'the text typed offline',
      (doc) => readNote(doc, typed.id)?.text === 'Typed by keyboard offline',
    )
    await editor.focus()
    await page.keyboard.press('Escape')
    await editor.waitFor({ state: 'detached' })

    // In the list: write, edit, move, connect, label, cut, delete.
    await list.open()
    await list.write('Written in the list', 'Health')
    await list.edit('Written in the list', 'Edited in the list')
    const listed = await list.waitForNote('Edited in the list')
    await list.moveTo('Edited in the list', 'Social services')
    await atProbe(
      'moved in the list',
      (doc) => readNote(doc, listed.id)?.laneId === 'social-services',
    )
    await list.connect('Edited in the list', 'Typed by keyboard offline')
    await atProbe('connected in the list', (doc) => readThreads(doc).length === 1)
    await list.labelThread('Edited in the list', 'The same families', 'Shared goal')
    await atProbe('labelled in the list', (doc) => readThreads(doc)[0]?.kind === 'shared-goal')
    const thread = readThreads(probe.doc)[0]!
    expect(thread).toMatchObject({ label: 'The same families', authorId: null })
    for (const record of [
      notesMap(probe.doc).get(typed.id),
      notesMap(probe.doc).get(listed.id),
      threadsMap(probe.doc).get(thread.id),
    ]) {
      const writers = structClientsOf(record as Y.Map<unknown>)
      expect(writers.has(browserClient)).toBe(false)
    }
    expect(readNote(probe.doc, listed.id)).toMatchObject({ authorId: null, authorName: null })
    await list.note('Edited in the list').getByRole('button', { name: 'Remove thread' }).click()
    await atProbe('thread cut', (doc) => readThreads(doc).length === 0)
    await list.note('Edited in the list').getByTestId('list-delete').click()
    await atProbe('deleted in the list', (doc) => !readNote(doc, listed.id))

    // Back on the canvas: Delete removes the selected note.
    await page.getByTestId('display-board').click()
    await page.focus('#board-canvas')
    await page.waitForFunction(() => (window as unknown as { __weave?: unknown }).__weave)
    const centre = await board.notePoint(typed.id)
    await page.mouse.click(centre.x, centre.y)
    await keys.press('Delete')
    await atProbe('deleted on the canvas', (doc) => !readNote(doc, typed.id))
    // Undo has nothing to bring back: the server wrote all of it.
    expect(await page.getByTestId('undo').isDisabled()).toBe(true)
    expect(errors).toEqual([])
    probe.destroy()
    await context.close()
  })
})
