import fs from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createSqliteStore } from '@weave/server'
import { createWorkshop } from '../helpers/api.js'
import { tempDataDir } from '../helpers/server.js'
import { buildBoard, joinSeeded, seedWeaveBoard, type Board } from './board.js'
import { count, measuredWith, mdTable, met, publishFormatted } from './markdown.js'
import type { BenchOptions } from './options.js'
import { Rig } from './rig.js'
import { openInspector } from './servers/inspector.js'
import { SERVER_NAMES, type BenchServer, type ServerKind } from './servers/types.js'
import type { WeaveBenchServer } from './servers/weave.js'

const SETTLE_MS = 1500
const UNLOAD_DEADLINE_MS = 90_000

/** Resident memory and V8 heap after a full garbage collection, in bytes. */
interface Reading {
  readonly rss: number
  readonly heap: number
}

async function reading(server: BenchServer): Promise<Reading> {
  await sleep(SETTLE_MS)
  const inspector = await openInspector(server.output())
  try {
    await inspector.collectGarbage()
    return { rss: server.rss() ?? 0, heap: await inspector.heapUsed() }
  } finally {
    inspector.close()
  }
}

const per = (from: Reading, to: Reading, n: number) => ({
  rssKiB: (to.rss - from.rss) / 1024 / n,
  heapKiB: (to.heap - from.heap) / 1024 / n,
})

/** Memory figures of one server. */
interface MemoryFigures {
  readonly server: ServerKind
  readonly perConnection: { rssKiB: number; heapKiB: number; connections: number }
  readonly perRoom: { rssKiB: number; heapKiB: number; rooms: number }
  /** Seconds from the last disconnect until every idle room was unloaded (Weave only). */
  readonly unloadSeconds: number | null
  readonly board: { rssMiB: number; heapMiB: number; totalRssMiB: number; boardKiB: number }
}

/**
 * BEN-M4: memory per idle connection, per idle room, for a 5,000-note board; idle room
 * unloading.
 */
export async function runMemoryBench(options: BenchOptions): Promise<void> {
  const measured = measuredWith(options, 'memory')
  const sizes = options.quick ? { connections: 100, rooms: 20 } : { connections: 500, rooms: 200 }
  const board = buildBoard()
  const figures: MemoryFigures[] = []
  for (const kind of ['weave', 'stock'] as const) {
    process.stdout.write(`  ${kind}...\n`)
    figures.push(await measureServer(kind, sizes, board, options.quick))
  }
  const weave = figures.find((f) => f.server === 'weave')!
  const stock = figures.find((f) => f.server === 'stock')!
  const kib = (value: number) => `${value.toFixed(1)} KiB`
  const targets = mdTable(
    ['metric', 'target', 'Weave', SERVER_NAMES.stock, 'Weave'],
    [
      [
        'RSS per idle connection',
        '≤ 30 KB',
        kib(weave.perConnection.rssKiB),
        kib(stock.perConnection.rssKiB),
        met(weave.perConnection.rssKiB * 1.024 <= 30),
      ],
      [
        'RSS per idle room',
        '≤ 50 KB',
        kib(weave.perRoom.rssKiB),
        kib(stock.perRoom.rssKiB),
        met(weave.perRoom.rssKiB * 1.024 <= 50),
      ],
      [
        'idle rooms unloaded',
        'within 60 s',
        weave.unloadSeconds === null
          ? 'not within 90 s'
          : `after ${weave.unloadSeconds.toFixed(1)} s${options.quick ? ' (2 s idle setting)' : ''}`,
        'never (in-memory documents stay until restart)',
        met(weave.unloadSeconds !== null && weave.unloadSeconds <= 60),
      ],
      [
        '5,000-note board on the server',
        '≤ 40 MB',
        `${weave.board.rssMiB.toFixed(1)} MiB`,
        `${stock.board.rssMiB.toFixed(1)} MiB`,
        met(weave.board.rssMiB * 1.048576 <= 40),
      ],
    ],
  )
  const detail = mdTable(
    [
      'server',
      'per connection (RSS / heap)',
      'per room (RSS / heap)',
      'board (RSS / heap)',
      'RSS with the board loaded',
    ],
    figures.map((f) => [
      SERVER_NAMES[f.server],
      `${kib(f.perConnection.rssKiB)} / ${kib(f.perConnection.heapKiB)}`,
      `${kib(f.perRoom.rssKiB)} / ${kib(f.perRoom.heapKiB)}`,
      `${f.board.rssMiB.toFixed(1)} / ${f.board.heapMiB.toFixed(1)} MiB`,
      `${f.board.totalRssMiB.toFixed(0)} MiB`,
    ]),
  )
  const markdown = [
    '## Memory (BEN-M4)',
    '',
    measured.text,
    '',
    `Each figure is a difference of two readings of the server process, each taken after a full garbage collection (through the inspector): resident memory (RSS, what the target is about) and the V8 heap. Connections: ${count(sizes.connections)} idle participants (synced, one presence state each) join a room that already has one. Rooms: ${count(sizes.rooms)} rooms each get one connection that writes one note, then everyone leaves; the rooms are measured idle but still loaded (Weave keeps an empty room ${options.quick ? '2 s in this quick run' : 'for its default 30 s'}, then unloads it, folding its log into one stored state: that fold is how the unload time is observed, from the store). Board: ${count(board.bytes / 1024)} KiB of Yjs update (5,000 notes, 1,000 threads) loaded by one connection.`,
    '',
    targets,
    '',
    detail,
  ].join('\n')
  await publishFormatted(
    'memory',
    { ...(measured.meta as object), sizes, figures },
    markdown,
    options,
  )
}

async function measureServer(
  kind: ServerKind,
  sizes: { connections: number; rooms: number },
  board: Board,
  quick: boolean,
): Promise<MemoryFigures> {
  const rig = (weaveDataDir?: string) =>
    new Rig({
      inspect: true,
      weave: {
        idleUnloadMs: quick ? 2000 : 'default',
        ...(weaveDataDir ? { dataDir: weaveDataDir } : {}),
      },
    })
  const connections = rig()
  let perConnection
  try {
    const server = await connections.server(kind)
    const room = await server.room(sizes.connections + 1)
    await connections.hold({
      urls: [room.seats[0]!.url],
      awarenessIdBase: 10_000,
      timeoutMs: 30_000,
    })
    const before = await reading(server)
    await connections.hold({
      urls: room.seats.slice(1).map((s) => s.url),
      awarenessIdBase: 20_000,
      timeoutMs: 30_000,
    })
    perConnection = {
      ...per(before, await reading(server), sizes.connections),
      connections: sizes.connections,
    }
  } finally {
    await connections.close()
  }

  const rooms = rig()
  let perRoom
  let unloadSeconds: number | null = null
  try {
    const server = await rooms.server(kind)
    const urls =
      kind === 'weave'
        ? await weaveRooms(server as WeaveBenchServer, sizes.rooms)
        : await stockRooms(server, sizes.rooms)
    // One room first, so the baseline has what every room shares (Weave: the control document).
    await rooms.hold({
      urls: urls.slice(0, 1),
      awarenessIdBase: 10_000,
      timeoutMs: 30_000,
      writeNote: true,
    })
    await rooms.release()
    const before = await reading(server)
    await rooms.hold({
      urls: urls.slice(1),
      awarenessIdBase: 20_000,
      timeoutMs: 30_000,
      writeNote: true,
    })
    await rooms.release()
    const leftAt = performance.now()
    perRoom = { ...per(before, await reading(server), urls.length - 1), rooms: urls.length - 1 }
    if (kind === 'weave') {
      unloadSeconds = await untilUnloaded(server as WeaveBenchServer, urls, leftAt)
    }
  } finally {
    await rooms.close()
  }
  return {
    server: kind,
    perConnection,
    perRoom,
    unloadSeconds,
    board: await boardMemory(kind, board),
  }
}

/** Weave rooms: one workshop with `count` rooms; the facilitator's URL for each. */
async function weaveRooms(server: WeaveBenchServer, count: number): Promise<string[]> {
  const workshop = await createWorkshop(server.httpUrl, 'Memory')
  const docs = [workshop.roomDoc]
  while (docs.length < count) {
    const res = await fetch(`${server.httpUrl}/api/workshops/${workshop.workshopId}/rooms`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${workshop.facilitatorToken}`,
      },
      body: JSON.stringify({ count: Math.min(50, count - docs.length) }),
    })
    if (res.status !== 201) throw new Error(`creating rooms failed: ${res.status}`)
    for (const room of (await res.json()) as Array<{ roomId: string }>) {
      docs.push(`${workshop.workshopId}.room.${room.roomId}`)
    }
  }
  return docs.map(
    (doc) => `${server.wsUrl}/${doc}?token=${encodeURIComponent(workshop.facilitatorToken)}`,
  )
}

async function stockRooms(server: BenchServer, count: number): Promise<string[]> {
  const urls: string[] = []
  for (let i = 0; i < count; i++) urls.push((await server.room(1)).owner.url)
  return urls
}

/** Polls Weave's store until every room's log was folded (which unloading does). */
async function untilUnloaded(
  server: WeaveBenchServer,
  urls: string[],
  since: number,
): Promise<number | null> {
  const store = createSqliteStore({
    file: path.join(server.dataDir, 'weave.sqlite'),
    synchronous: 'NORMAL',
  })
  const docs = urls.map((url) => decodeURIComponent(new URL(url).pathname.slice('/sync/'.length)))
  try {
    while (performance.now() - since < UNLOAD_DEADLINE_MS) {
      const pending = await Promise.all(
        docs.map(async (doc) => (await store.loadDoc(doc)).pendingCount),
      )
      if (pending.every((n) => n === 0)) return (performance.now() - since) / 1000
      await sleep(500)
    }
    return null
  } finally {
    await store.close()
  }
}

/** The memory one client's loading of the 5,000-note board costs the server. */
async function boardMemory(kind: ServerKind, board: Board): Promise<MemoryFigures['board']> {
  const dataDir = kind === 'weave' ? tempDataDir('weave-bench-') : undefined
  const seeded = dataDir ? await seedWeaveBoard(dataDir, board) : null
  const rig = new Rig({
    inspect: true,
    weave: { ...(dataDir ? { dataDir } : {}), idleUnloadMs: 'default' },
  })
  try {
    const server = await rig.server(kind)
    let url: string
    if (seeded) {
      const weave = server as WeaveBenchServer
      url = (await joinSeeded(weave.httpUrl, weave.wsUrl, seeded, 1))[0]!
    } else {
      url = (await server.room(1)).owner.url
    }
    const before = await reading(server)
    await rig.hold({
      urls: [url],
      awarenessIdBase: 10_000,
      timeoutMs: 60_000,
      upload: seeded ? null : board.update,
    })
    const after = await reading(server)
    return {
      rssMiB: (after.rss - before.rss) / 2 ** 20,
      heapMiB: (after.heap - before.heap) / 2 ** 20,
      totalRssMiB: after.rss / 2 ** 20,
      boardKiB: board.bytes / 1024,
    }
  } finally {
    await rig.close()
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
