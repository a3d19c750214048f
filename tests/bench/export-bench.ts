import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import {
  controlDocName,
  createNote,
  createThread,
  readLanes,
  roomDocName,
  seedControlDoc,
  writeRoomEntry,
  type ExportFormat,
} from '@weave/shared'
import {
  createSqliteStore,
  gatherExport,
  renderExport,
  storeDocSource,
  type Store,
} from '@weave/server'
import { tempDataDir } from '../helpers/server.js'
import { machine, summarise } from './report.js'
import { publishFormatted } from './markdown.js'
import type { BenchOptions } from './options.js'

const ROOMS = 12
const NOTES_PER_ROOM = 250
const THREADS_PER_ROOM = 80
const RUNS = 5
const WORDS =
  'families wait months for a referral and tell their story again at every service'.split(' ')

/** A workshop of 12 rooms and 3,000 notes (with threads), written straight into a store. */
async function seedWorkshop(store: Store): Promise<string> {
  const workshopId = 'benchworkshop'
  const now = Date.UTC(2026, 10, 1, 9)
  const control = new Y.Doc()
  seedControlDoc(control, 'Benchmark summit')
  const lanes = readLanes(control)
  const rooms = Array.from({ length: ROOMS }, (_, i) => ({
    id: `benchroom${String(i).padStart(2, '0')}`,
    workshopId,
    name: `Room ${i + 1}`,
    position: i,
    createdAt: now,
  }))
  for (const room of rooms)
    writeRoomEntry(control, {
      id: room.id,
      name: room.name,
      position: room.position,
      closed: false,
    })
  const docs = [{ docName: controlDocName(workshopId), update: Y.encodeStateAsUpdate(control) }]
  for (const [r, room] of rooms.entries()) {
    const doc = new Y.Doc()
    const ids: string[] = []
    for (let n = 0; n < NOTES_PER_ROOM; n++) {
      const lane = lanes[n % lanes.length]!
      const text = Array.from(
        { length: 8 + (n % 12) },
        (_, w) => WORDS[(n + w + r) % WORDS.length],
      ).join(' ')
      const author = { id: `p${r}-${n % 10}`, name: `Person ${r}-${n % 10}`, sector: lane.sectorId }
      ids.push(
        createNote(
          doc,
          {
            laneId: lane.id,
            x: 20 + (n % 3) * 20,
            y: 80 + Math.floor(n / lanes.length) * 150,
            text,
          },
          author,
          now + n,
        ),
      )
    }
    for (let t = 0; t < THREADS_PER_ROOM; t++)
      createThread(
        doc,
        { from: ids[t]!, to: ids[(t * 7 + 3) % ids.length]!, label: t % 2 ? 'same families' : '' },
        { id: null, name: null, sector: null },
        now,
      )
    docs.push({ docName: roomDocName(workshopId, room.id), update: Y.encodeStateAsUpdate(doc) })
    doc.destroy()
  }
  await store.createWorkshop(
    {
      id: workshopId,
      title: 'Benchmark summit',
      joinCode: 'BENCH1',
      observerCode: 'BENCH2',
      createdAt: now,
    },
    rooms,
    {
      id: 'benchfacilitator',
      workshopId,
      role: 'facilitator',
      displayName: 'F',
      sector: null,
      createdAt: now,
    },
    docs,
  )
  return workshopId
}

/** Times `work` RUNS times (after one warm-up) and returns ms samples and the last result. */
async function time<T>(work: () => Promise<T>): Promise<{ samples: number[]; result: T }> {
  let result = await work()
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    result = await work()
    samples.push(performance.now() - start)
  }
  return { samples, result }
}

/** Exports a 12-room, 3,000-note workshop to every file format, timing each. */
export async function runExportBench(options: BenchOptions): Promise<void> {
  const store = createSqliteStore({
    file: `${tempDataDir('weave-bench-')}/weave.sqlite`,
    synchronous: 'NORMAL',
  })
  const workshopId = await seedWorkshop(store)
  const deps = { store, readDoc: storeDocSource(store), clock: { now: () => Date.now() } }
  const gathered = await time(() => gatherExport(deps, { workshopId, deidentified: false }))
  const exp = gathered.result
  const rows: Array<{ step: string; median: number; p95: number; bytes: number | null }> = [
    {
      step: 'read and build the export (12 boards from SQLite)',
      ...summarise(gathered.samples),
      bytes: null,
    },
  ]
  const formats: ExportFormat[] = ['json', 'notes.csv', 'threads.csv', 'zip', 'matrix.svg']
  for (const format of formats) {
    const { samples, result } = await time(() => renderExport(exp, format))
    rows.push({ step: `render ${format}`, ...summarise(samples), bytes: byteLength(result.bytes) })
  }
  const oneRoom = {
    ...exp,
    scope: { kind: 'room' as const, roomId: exp.rooms[0]!.id },
    rooms: [exp.rooms[0]!],
  }
  for (const format of ['svg', 'png'] as const) {
    const { samples, result } = await time(() => renderExport(oneRoom, format))
    rows.push({
      step: `render one board's ${format} (250 notes)`,
      ...summarise(samples),
      bytes: byteLength(result.bytes),
    })
  }
  await store.close()
  const notes = exp.rooms.reduce((sum, room) => sum + room.notes.length, 0)
  const threads = exp.rooms.reduce((sum, room) => sum + room.threads.length, 0)
  const env = machine()
  await publishFormatted(
    'export',
    { ...env, rooms: ROOMS, notes, threads, runs: RUNS, rows },
    [
      `## Exports: ${ROOMS} rooms, ${notes.toLocaleString('en')} notes, ${threads} threads`,
      '',
      `Measured ${env.date} on ${env.cpus}, Node ${env.node}, with \`pnpm bench export\`: ${RUNS} runs after a warm-up, from a SQLite store (the CLI's path; the HTTP route adds only the transfer). The zip holds every CSV, the JSON, the matrix and all 12 board SVGs.`,
      '',
      '| step | median (ms) | p95 (ms) | size |',
      '| --- | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.step} | ${r.median.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.bytes === null ? '' : `${(r.bytes / 1024).toFixed(0)} KiB`} |`,
      ),
    ].join('\n'),
    options,
  )
}

function byteLength(bytes: Uint8Array | string): number {
  return typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength
}
