import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createNote,
  createThread,
  draftDocName,
  readNotes,
  readThreads,
  type SnapshotInfo,
  type WorkshopExport,
} from '@weave/shared'
import { createPostgresStore, createSqliteStore } from '@weave/server'
import { createWorkshop, join } from '../helpers/api.js'
import { connectClient, docReaches, synced } from '../helpers/clients.js'
import { freshSchema, type TestSchema } from '../helpers/cluster.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'
import { tempDataDir } from '../helpers/server.js'
import { runWeave } from '../helpers/weave-cli.js'

const postgresUrl = process.env.WEAVE_TEST_POSTGRES_URL
if (!postgresUrl)
  console.warn('migration tests skipped: set WEAVE_TEST_POSTGRES_URL (.ci/run sets it)')

let schema: TestSchema | null = null
// Registered before the harness's, so it runs after it (hooks unwind): servers stop first.
afterEach(async () => {
  await schema?.drop()
  schema = null
})
const harness = useHarness()

/** A workshop using everything a store keeps, on an in-process server over a fresh data dir. */
async function populate() {
  // Compact every 10 updates, so documents have a compacted state as well as a log.
  const running = await harness.start({ compactAfterUpdates: 10 })
  const workshop = await createWorkshop(running.httpUrl, 'Summit to migrate')
  const base = `${running.httpUrl}/api/workshops/${workshop.workshopId}`
  const f = workshop.facilitatorToken
  const roomId = workshop.rooms[0]!.roomId
  const ana = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
  const ben = await join(running.httpUrl, workshop, { name: 'Ben', sector: 'education' })
  const board = harness.client(workshop.roomDoc, ana.token)
  await synced(board)
  const ids = Array.from({ length: 12 }, (_, i) =>
    createNote(board.doc, { laneId: 'health', x: i * 10, y: 80, text: `note ${i}` }, ana.author),
  )
  createThread(board.doc, { from: ids[0]!, to: ids[1]!, label: 'same families' }, ana.author)
  const witness = harness.client(workshop.roomDoc, f)
  await docReaches(witness.doc, 'everything stored', (doc) => readThreads(doc).length === 1)

  const breakouts = (await call(`${base}/rooms`, 'POST', f, { count: 2 })).body as Array<{
    roomId: string
  }>
  await call(`${base}/rooms/${breakouts[1]!.roomId}/close`, 'POST', f, {})
  await call(`${base}/votes`, 'POST', f, { dotsPerPerson: 3 })
  await call(`${base}/votes/current/dots`, 'POST', ana.token, { roomId, noteId: ids[2] })
  await call(`${base}/votes/current/dots`, 'POST', ben.token, { roomId, noteId: ids[2] })
  await call(`${base}/votes/current/close`, 'POST', f, {})
  await call(`${base}/votes`, 'POST', f, { dotsPerPerson: 2 })
  await call(`${base}/votes/current/dots`, 'POST', ben.token, { roomId, noteId: ids[3] })
  expect((await call(`${base}/rooms/${roomId}/notes/${ids[4]}/hide`, 'POST', f, {})).status).toBe(
    200,
  )
  await call(`${base}/snapshots`, 'POST', f, { roomId, name: 'Before lunch' })
  const theme = (await call(`${base}/codebook/themes`, 'POST', f, { name: 'Access' })).body as {
    id: string
  }
  const code = (
    await call(`${base}/codebook/codes`, 'POST', f, { name: 'Waits', themeId: theme.id })
  ).body as { id: string }
  await call(`${base}/codebook/codings`, 'POST', f, {
    action: 'apply',
    notes: [{ roomId, noteId: ids[5] }],
    codeIds: [code.id],
  })
  // A private draft: its own document.
  await call(`${base}/rounds`, 'POST', f, {
    prompt: 'Alone first',
    durationSec: 600,
    mode: 'private',
  })
  const draftDoc = draftDocName(workshop.workshopId, roomId, ana.participantId)
  const draft = harness.client(draftDoc, ana.token)
  await synced(draft)
  createNote(draft.doc, { laneId: 'health', x: 0, y: 80, text: 'draft thought' }, ana.author)
  const draftWitness = harness.client(draftDoc, ana.token)
  await docReaches(draftWitness.doc, 'the draft stored', (doc) => readNotes(doc).length === 1)
  const exported = (await call(`${base}/exports/json`, 'GET', f)).body as WorkshopExport
  await running.stop()

  // A crash before the last compaction leaves a log after the compacted state: append to it.
  const sqlite = createSqliteStore({
    file: `${running.dataDir}/weave.sqlite`,
    synchronous: 'NORMAL',
  })
  const replica = new Y.Doc()
  for (const update of (await sqlite.loadDoc(workshop.roomDoc)).updates)
    Y.applyUpdate(replica, update)
  const before = Y.encodeStateVector(replica)
  createNote(replica, { laneId: 'health', x: 0, y: 700, text: 'in the log' }, ana.author)
  await sqlite.appendUpdates(workshop.roomDoc, [Y.encodeStateAsUpdate(replica, before)])
  await sqlite.close()
  return { running, workshop, ana, ben, roomId, draftDoc, exported }
}

describe.skipIf(!postgresUrl)('pnpm weave migrate: SQLite → PostgreSQL', () => {
  it('copies a populated data directory, serves it the same from PostgreSQL, and is safe to rerun', async () => {
    const { running, workshop, ana, ben, roomId, draftDoc, exported } = await populate()
    schema = await freshSchema(postgresUrl!)
    const env = { WEAVE_DATA_DIR: running.dataDir }

    const migrated = await runWeave(['migrate', '--to', schema.url], env)
    expect(migrated.stderr).toBe('')
    expect(migrated.code).toBe(0)
    expect(migrated.stdout).toMatch(
      /Copied "Summit to migrate" \(\w+\): 3 rooms, 3 participants, \d+ documents, 2 votes, 3 dots, 1 hidden notes, 1 snapshots, 1 codes/,
    )

    // The same data directory (for its secret) over PostgreSQL: old tokens and links still work.
    const pg = await harness.start(
      { dataDir: running.dataDir },
      { store: await createPostgresStore({ url: schema.url }) },
    )
    const base = `${pg.httpUrl}/api/workshops/${workshop.workshopId}`
    const f = workshop.facilitatorToken
    // Everything an export holds (boards, authors, votes, codes), but the note added to the log.
    const comparable = (exp: WorkshopExport) => ({
      ...exp,
      exportedAt: null,
      rooms: exp.rooms.map((r) => ({
        ...r,
        notes: r.notes.filter((n) => n.text !== 'in the log'),
      })),
    })
    const now = (await call(`${base}/exports/json`, 'GET', f)).body as WorkshopExport
    expect(comparable(now)).toEqual(comparable(exported))
    // The boards, with the note appended to the log after the last compaction.
    const board = connectClient(pg.wsUrl, workshop.roomDoc, ana.token)
    const draft = connectClient(pg.wsUrl, draftDoc, ana.token)
    try {
      await Promise.all([synced(board), synced(draft)])
      expect(readNotes(board.doc).map((n) => n.text)).toContain('in the log')
      expect(readNotes(board.doc)).toHaveLength(12)
      expect(readThreads(board.doc)).toHaveLength(1)
      expect(readNotes(draft.doc).map((n) => n.text)).toEqual(['draft thought'])
    } finally {
      board.destroy()
      draft.destroy()
    }
    expect(((await call(`${base}/hidden-notes`, 'GET', f)).body as unknown[]).length).toBe(1)
    expect(((await call(`${base}/snapshots`, 'GET', f)).body as SnapshotInfo[])[0]).toMatchObject({
      name: 'Before lunch',
      roomId,
    })
    // The open vote kept who placed which dot.
    expect((await call(`${base}/votes/current/mine`, 'GET', ben.token)).body).toMatchObject({
      dotsLeft: 1,
    })
    expect((await call(`${base}/votes/current/mine`, 'GET', ana.token)).body).toMatchObject({
      noteIds: [],
      dotsLeft: 2,
    })

    // Running it again changes nothing.
    const again = await runWeave(['migrate', '--to', schema.url], env)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('Already migrated, skipped: "Summit to migrate"')

    // A target whose copy differs is refused, clearly, with nothing written.
    await call(`${base}/rooms/${roomId}/rename`, 'POST', f, { name: 'Renamed in PostgreSQL' })
    const refused = await runWeave(['migrate', '--to', schema.url], env)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/different from the ones here; nothing was copied/)
    expect(refused.stderr).toMatch(/differs in rooms/)
  })

  it('explains what it needs', async () => {
    const env = { WEAVE_DATA_DIR: tempDataDir() }
    const usage = await runWeave(['migrate'], env)
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/--to is required/)
    const wrong = await runWeave(['migrate', '--to', 'mysql://x'], env)
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/must be a postgres:\/\/ URL/)
  })
})
