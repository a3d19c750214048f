import type * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  CODEBOOK_MAX_ENTRIES,
  CONTENT_LIMITS,
  readLanes,
  renameLane,
  type CreateWorkshopResponse,
  type ExportNote,
  type ExportThread,
  type WorkshopExport,
} from '@weave/shared'
import { createWorkshop } from '../helpers/api.js'
import { docReaches, synced } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'

// docs/export-format.md, EXP-I1: an import is held to what a live workshop may hold. An outside
// client uploads exports the schema accepts but a live workshop could never reach; each is
// refused before anything is created, and one at the limits stays editable.

const harness = useHarness()
const AT = '2026-01-01T00:00:00.000Z'

const note = (id: string): ExportNote => ({
  id,
  laneId: 'health',
  x: 0,
  y: 0,
  width: 160,
  height: 100,
  color: null,
  text: 'n',
  author: 'Ana',
  authorKey: 'anaaaaaaaaaaaa',
  authorSector: 'health',
  roundId: null,
  votes: 0,
  codes: [],
  origin: null,
  createdAt: AT,
  updatedAt: AT,
})

const thread = (id: string): ExportThread => ({
  id,
  from: 'notea1aaaaaaaa',
  to: 'noteb1aaaaaaaa',
  label: '',
  kind: 'connection',
  createdAt: AT,
})

const lanes = (count: number, template: WorkshopExport['lanes'][number]) =>
  Array.from({ length: count }, (_, i) => ({ ...template, id: `lane${i}`, order: i }))

const many = <T>(count: number, make: (id: string) => T) =>
  Array.from({ length: count }, (_, i) => make(`id${String(i).padStart(6, '0')}`))

type Edit = (exp: WorkshopExport) => void
const room = (exp: WorkshopExport) => exp.rooms[0]!

const OVER_LIMITS: ReadonlyArray<[string, Edit, RegExp]> = [
  [
    `${CONTENT_LIMITS.lanesPerWorkshop + 1} lanes`,
    (exp) => (exp.lanes = lanes(CONTENT_LIMITS.lanesPerWorkshop + 1, exp.lanes[0]!)),
    /at most 40/,
  ],
  [
    `${CONTENT_LIMITS.notesPerBoard + 1} notes in a room`,
    (exp) => (room(exp).notes = many(CONTENT_LIMITS.notesPerBoard + 1, note)),
    /at most 10000/,
  ],
  [
    `${CONTENT_LIMITS.threadsPerBoard + 1} threads in a room`,
    (exp) => (room(exp).threads = many(CONTENT_LIMITS.threadsPerBoard + 1, thread)),
    /at most 20000/,
  ],
  [
    `${CODEBOOK_MAX_ENTRIES + 1} themes`,
    (exp) =>
      (exp.codebook.themes = many(CODEBOOK_MAX_ENTRIES + 1, (id) => ({
        id,
        name: id,
        description: '',
        color: '#123456',
      }))),
    /at most 500/,
  ],
]

const INVALID: ReadonlyArray<[string, Edit]> = [
  ['a lane id no live lane has', (exp) => (exp.lanes[0]!.id = 'Health <b>lane</b>')],
  ['the "Unsorted" id as a lane id', (exp) => (exp.lanes[0]!.id = '~unsorted')],
  ['two lanes with one id', (exp) => (exp.lanes[1]!.id = exp.lanes[0]!.id)],
  ['a room id no document name takes', (exp) => (room(exp).id = 'Main Room')],
  ['a note id no live note has', (exp) => room(exp).notes.push(note('NOT_AN_ID'))],
  ['a thread id no live thread has', (exp) => room(exp).threads.push(thread('x'))],
]

describe('an import is held to what a live workshop may hold (EXP-I1)', () => {
  it('[EXP-I1] refuses an export past a live limit (400 import_over_limits) or with ids no live document takes (400 invalid_export), creating nothing', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const base = `${running.httpUrl}/api/workshops/${workshop.workshopId}`
    const exported = (await call(`${base}/exports/json`, 'GET', workshop.facilitatorToken))
      .body as WorkshopExport
    const upload = (edit: Edit) => {
      const copy = structuredClone(exported)
      edit(copy)
      return call(`${running.httpUrl}/api/workshops/import`, 'POST', null, copy)
    }

    for (const [name, edit, limit] of OVER_LIMITS) {
      const answer = await upload(edit)
      expect({ name, status: answer.status }).toEqual({ name, status: 400 })
      const { error } = answer.body as { error: { code: string; message: string } }
      expect(error.code, name).toBe('import_over_limits')
      expect(error.message, name).toMatch(limit)
    }
    for (const [name, edit] of INVALID) {
      const answer = await upload(edit)
      expect({ name, status: answer.status, body: answer.body }).toMatchObject({
        name,
        status: 400,
        body: { error: { code: 'invalid_export' } },
      })
    }
    expect((await running.server.store.listWorkshops()).map((w) => w.id)).toEqual([
      workshop.workshopId,
    ])
  })

  it('[EXP-I1] imports an export at the limits, and its lanes stay editable', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const base = `${running.httpUrl}/api/workshops/${workshop.workshopId}`
    const exported = (await call(`${base}/exports/json`, 'GET', workshop.facilitatorToken))
      .body as WorkshopExport
    const full = {
      ...exported,
      lanes: [
        ...exported.lanes,
        ...lanes(CONTENT_LIMITS.lanesPerWorkshop - exported.lanes.length, exported.lanes[0]!),
      ],
    }
    const imported = await call(`${running.httpUrl}/api/workshops/import`, 'POST', null, full)
    expect(imported.status).toBe(201)
    const created = imported.body as CreateWorkshopResponse

    const facilitator = harness.client(`${created.workshopId}.control`, created.facilitatorToken)
    await synced(facilitator)
    expect(readLanes(facilitator.doc)).toHaveLength(CONTENT_LIMITS.lanesPerWorkshop)
    renameLane(facilitator.doc, 'child-care', 'Kids')
    renameLane(facilitator.doc, 'lane0', 'First added')
    const reader = harness.client(`${created.workshopId}.control`, created.facilitatorToken)
    await docReaches(reader.doc, 'both renames', (doc: Y.Doc) => {
      const names = new Map(readLanes(doc).map((lane) => [lane.id, lane.name]))
      return names.get('child-care') === 'Kids' && names.get('lane0') === 'First added'
    })
    expect(facilitator.closes).toEqual([])
  })
})
