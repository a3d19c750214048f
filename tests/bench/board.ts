import path from 'node:path'
import * as Y from 'yjs'
import {
  controlDocName,
  createNote,
  createThread,
  DEFAULT_SECTORS,
  roomDocName,
  seedControlDoc,
  writeRoomEntry,
  type JoinResponse,
} from '@weave/shared'
import { createSqliteStore } from '@weave/server'
import { postJson } from '../helpers/api.js'

/** The BEN-M5 board: 5,000 notes and 1,000 threads. */
export const BOARD_NOTES = 5000
export const BOARD_THREADS = 1000
const AUTHORS = 120
const WORDS =
  'families wait months for a referral and tell their story again at every service we could share one intake'.split(
    ' ',
  )

/** A full board and what a client must have received to have all of it. */
export interface Board {
  readonly update: Uint8Array
  /** The board's state vector as `[client, clock]` pairs. */
  readonly target: Array<[number, number]>
  readonly bytes: number
}

/** Builds a board of `notes` notes (by 120 people, over the default lanes) and `threads` threads. */
export function buildBoard(notes = BOARD_NOTES, threads = BOARD_THREADS): Board {
  const doc = new Y.Doc()
  const now = Date.UTC(2026, 10, 1, 9)
  const ids: string[] = []
  for (let n = 0; n < notes; n++) {
    const sector = DEFAULT_SECTORS[n % DEFAULT_SECTORS.length]!
    const text = Array.from(
      { length: 6 + (n % 15) },
      (_, w) => WORDS[(n * 7 + w) % WORDS.length],
    ).join(' ')
    const person = n % AUTHORS
    ids.push(
      createNote(
        doc,
        { laneId: sector.id, x: 20 + (n % 4) * 180, y: 80 + Math.floor(n / 28) * 150, text },
        { id: `author${person}`, name: `Person ${person}`, sector: sector.id },
        now + n,
      ),
    )
  }
  for (let t = 0; t < threads; t++) {
    createThread(
      doc,
      {
        from: ids[(t * 5) % ids.length]!,
        to: ids[(t * 11 + 3) % ids.length]!,
        label: t % 3 ? '' : 'same families',
      },
      { id: null, name: null, sector: null },
      now + notes + t,
    )
  }
  const update = Y.encodeStateAsUpdate(doc)
  const target = [...Y.decodeStateVector(Y.encodeStateVector(doc))]
  doc.destroy()
  return { update, target, bytes: update.length }
}

/** A workshop written straight into a Weave data directory, before the server starts. */
export interface SeededWorkshop {
  readonly workshopId: string
  readonly roomDoc: string
  readonly joinCode: string
}

/** Writes a workshop whose one room holds `board` into the SQLite store in `dataDir`. */
export async function seedWeaveBoard(dataDir: string, board: Board): Promise<SeededWorkshop> {
  const store = createSqliteStore({
    file: path.join(dataDir, 'weave.sqlite'),
    synchronous: 'NORMAL',
  })
  const workshopId = 'benchboard'
  const roomId = 'benchplenary'
  const now = Date.UTC(2026, 10, 1, 9)
  const control = new Y.Doc()
  seedControlDoc(control, 'Benchmark summit')
  writeRoomEntry(control, { id: roomId, name: 'Plenary', position: 0, closed: false })
  await store.createWorkshop(
    {
      id: workshopId,
      title: 'Benchmark summit',
      joinCode: 'BENCH1',
      observerCode: 'BENCH2',
      createdAt: now,
    },
    [{ id: roomId, workshopId, name: 'Plenary', position: 0, createdAt: now }],
    {
      id: 'benchfacilitator',
      workshopId,
      role: 'facilitator',
      displayName: 'F',
      sector: null,
      createdAt: now,
    },
    [
      { docName: controlDocName(workshopId), update: Y.encodeStateAsUpdate(control) },
      { docName: roomDocName(workshopId, roomId), update: board.update },
    ],
  )
  await store.close()
  return { workshopId, roomDoc: roomDocName(workshopId, roomId), joinCode: 'BENCH1' }
}

/** Participants join the seeded workshop over HTTP; returns a sync URL for each. */
export async function joinSeeded(
  httpUrl: string,
  wsUrl: string,
  seeded: SeededWorkshop,
  count: number,
): Promise<string[]> {
  const urls: string[] = []
  for (let i = 0; i < count; i++) {
    const { status, body } = await postJson(`${httpUrl}/api/workshops/${seeded.workshopId}/join`, {
      joinCode: seeded.joinCode,
      displayName: `Joiner ${i}`,
      sector: DEFAULT_SECTORS[i % DEFAULT_SECTORS.length]!.id,
    })
    if (status !== 200) throw new Error(`join failed: ${status} ${JSON.stringify(body)}`)
    urls.push(
      `${wsUrl}/${seeded.roomDoc}?token=${encodeURIComponent((body as JoinResponse).token)}`,
    )
  }
  return urls
}
