import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'csv-parse/sync'
import { createNote, createThread, readNotes, type SnapshotInfo } from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { connectClient, docReaches, synced, type TestClient } from '../helpers/clients.js'
import { call } from '../helpers/http.js'
import { seriousViolations } from './axe.js'
import { artifact } from './browser.js'
import { useServedClient } from './fixture.js'

const served = useServedClient()
const clients: TestClient[] = []
afterAll(() => clients.forEach((client) => client.destroy()))

describe('after the workshop: snapshot, codes, counts, weave matrix, CSV', () => {
  it('codes three notes of a snapshot and sees the counts, the matrix and the CSV follow', async () => {
    const workshop = await createWorkshop(served.running.httpUrl, 'Early years summit')
    const roomId = workshop.rooms[0]!.roomId
    const ana = await join(served.running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
    const ben = await join(served.running.httpUrl, workshop, { name: 'Ben', sector: 'education' })
    const anaBoard = connectClient(served.running.wsUrl, workshop.roomDoc, ana.token)
    const benBoard = connectClient(served.running.wsUrl, workshop.roomDoc, ben.token)
    clients.push(anaBoard, benBoard)
    await Promise.all([synced(anaBoard), synced(benBoard)])
    const note = (client: TestClient, laneId: string, y: number, text: string, who = ana) =>
      createNote(client.doc, { laneId, x: 20, y, text }, who.author)
    const waitlists = note(anaBoard, 'health', 80, 'Waitlists are nine months')
    const referrals = note(anaBoard, 'health', 260, 'No shared referral form')
    const teachers = note(benBoard, 'education', 80, 'Teachers notice first', ben)
    note(benBoard, 'education', 260, 'Transitions arrive too late', ben)
    await docReaches(anaBoard.doc, 'all four notes', (doc) => readNotes(doc).length === 4)
    createThread(
      anaBoard.doc,
      { from: waitlists, to: teachers, label: 'same families' },
      ana.author,
    )
    const base = `${served.running.httpUrl}/api/workshops/${workshop.workshopId}`
    const witness = connectClient(served.running.wsUrl, workshop.roomDoc, workshop.facilitatorToken)
    clients.push(witness)
    await docReaches(witness.doc, 'the thread stored', (doc) => doc.getMap('threads').size === 1)
    const snapshot = (
      await call(`${base}/snapshots`, 'POST', workshop.facilitatorToken, {
        roomId,
        name: 'After the gallery walk',
      })
    ).body as SnapshotInfo

    // axe-core is injected, which the app's CSP would refuse; downloads work the same.
    const context = await served.browser.newContext({
      bypassCSP: true,
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(
      `${served.running.httpUrl}/w/${workshop.workshopId}/facilitate#token=${workshop.facilitatorToken}`,
    )
    await page.waitForURL(`**/w/${workshop.workshopId}`)
    await page.goto(
      `${served.running.httpUrl}/w/${workshop.workshopId}/analysis?snapshot=${snapshot.id}&tab=coding`,
    )
    await expect
      .poll(() => page.getByTestId('snapshot-banner').textContent())
      .toContain('After the gallery walk')

    // A theme and a code, made in the page.
    await page.getByLabel('Theme name').fill('Access')
    await page.getByRole('button', { name: 'Add theme' }).click()
    await page.getByLabel('New code in Access').fill('Waitlists')
    await page.getByRole('button', { name: 'Add code to Access' }).click()
    const codeBox = page.getByTestId('codebook').getByRole('checkbox', { name: 'Waitlists' })
    await codeBox.waitFor()

    // Three notes ticked (keyboard: Space on each checkbox), the code ticked, applied.
    for (const text of [
      'Waitlists are nine months',
      'No shared referral form',
      'Teachers notice first',
    ]) {
      const box = page.getByTestId('coding-notes').getByRole('checkbox', { name: text })
      await box.focus()
      await page.keyboard.press('Space')
      await expect.poll(() => box.isChecked()).toBe(true)
    }
    await codeBox.check()
    await page.getByRole('button', { name: 'Apply codes' }).click()
    await expect
      .poll(async () => (await call(`${base}/codebook`, 'GET', workshop.facilitatorToken)).body)
      .toMatchObject({ codings: expect.arrayContaining([expect.anything()]) })
    await page.screenshot({ path: artifact('analysis-coding.png') })

    // Counts: three notes carry the code, two in Health and one in Education; each is clickable.
    await page.getByRole('tab', { name: 'Counts' }).click()
    const total = page.getByRole('button', { name: /^3 notes: Waitlists/ }).first()
    await total.waitFor()
    await page
      .getByRole('button', { name: /^2 notes: Waitlists in Health/ })
      .first()
      .waitFor()
    await total.click()
    await expect.poll(() => page.getByTestId('notes-behind').getByRole('listitem').count()).toBe(3)
    expect(await seriousViolations(page)).toEqual([])

    // The weave matrix shows the one thread between Health and Education...
    await page.getByRole('tab', { name: 'Weave matrix' }).click()
    await page.getByRole('button', { name: /^1 thread between Health and Education/ }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    // ...and follows the live board when a new thread is woven there.
    createThread(anaBoard.doc, { from: referrals, to: teachers, label: 'referrals' }, ana.author)
    await docReaches(witness.doc, 'the second thread', (doc) => doc.getMap('threads').size === 2)
    await page.getByTestId('scope-picker').selectOption(`room:${roomId}`)
    await page.getByRole('button', { name: /^2 threads between Health and Education/ }).waitFor()
    await page.screenshot({ path: artifact('analysis-matrix.png') })

    // The notes CSV carries the codes.
    await page.getByRole('tab', { name: 'Export' }).click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-notes.csv').click(),
    ])
    const file = artifact(download.suggestedFilename())
    await download.saveAs(file)
    const rows = parse(fs.readFileSync(file, 'utf8'), { columns: true, bom: true }) as Array<
      Record<string, string>
    >
    // Rows follow the notes' creation times; notes created in the same millisecond (as here) come
    // in id order, which is random: the set is what counts.
    const coded = rows.filter((row) => row.codes === 'Waitlists').map((row) => row.text)
    expect(coded.sort()).toEqual(
      ['Waitlists are nine months', 'No shared referral form', 'Teachers notice first'].sort(),
    )
    expect(errors).toEqual([])
    await context.close()
  })
})
