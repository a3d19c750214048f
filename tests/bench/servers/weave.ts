import fs from 'node:fs'
import path from 'node:path'
import { DEFAULT_SECTORS } from '@weave/shared'
import { createWorkshop, join, facilitatorAuthor, type TestWorkshop } from '../../helpers/api.js'
import { REPO_ROOT, tempDataDir } from '../../helpers/server.js'
import { rssBytes } from './proc.js'
import { spawnPinnedNode } from './spawn-pinned.js'
import type { BenchRoom, BenchServer, RoomSeat } from './types.js'

const JOIN_CONCURRENCY = 16

/** Settings for a Weave server under test. */
export interface WeaveOptions {
  /** An existing data directory (e.g. seeded); a fresh temporary one otherwise. */
  readonly dataDir?: string
  /** How long an empty room stays loaded; 'default' keeps the server's own default (30 s). */
  readonly idleUnloadMs?: number | 'default'
  /** More environment (e.g. WEAVE_SQLITE_SYNCHRONOUS). */
  readonly env?: Record<string, string>
  /** Extra node flags. */
  readonly nodeArgs?: readonly string[]
  /**
   * Write a CPU profile of the server into this directory (stopping it then takes a moment);
   * `pnpm bench --cpu-prof DIR` sets it for every Weave server of the run.
   */
  readonly cpuProfileDir?: string
}

/** A Weave server under test, with its HTTP URL for setting up workshops. */
export interface WeaveBenchServer extends BenchServer {
  readonly httpUrl: string
  readonly wsUrl: string
  readonly dataDir: string
  /** Seats for an existing workshop's room. */
  seatsIn(workshop: TestWorkshop, docName: string, count: number): Promise<RoomSeat[]>
}

/**
 * Starts `server/src/main.ts` (as `pnpm weave` does, through tsx) pinned to the server core, with
 * rate limits raised so they do not distort the benchmark.
 */
export async function startWeave(options: WeaveOptions = {}): Promise<WeaveBenchServer> {
  const dataDir = options.dataDir ?? tempDataDir('weave-bench-')
  const profileDir = options.cpuProfileDir ?? process.env.WEAVE_BENCH_SERVER_PROFILE
  const proc = await spawnPinnedNode(
    [
      ...(options.nodeArgs ?? []),
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      '--import',
      'tsx',
      path.join(REPO_ROOT, 'server/src/main.ts'),
    ],
    {
      PORT: '0',
      HOST: '127.0.0.1',
      WEAVE_DATA_DIR: dataDir,
      WEAVE_LOG_LEVEL: 'warn',
      WEAVE_MESSAGES_PER_SECOND: '100000',
      WEAVE_MESSAGE_BURST: '1000000',
      ...(options.idleUnloadMs === 'default'
        ? {}
        : { WEAVE_ROOM_IDLE_UNLOAD_MS: String(options.idleUnloadMs ?? 5000) }),
      ...options.env,
    },
    /open http:\/\/[^:]+:(\d+)/,
  )
  const port = Number(proc.ready[1])
  const httpUrl = `http://127.0.0.1:${port}`
  const wsUrl = `ws://127.0.0.1:${port}/sync`
  const workshops = new Map<string, TestWorkshop>()
  const seatUrl = (docName: string, token: string) =>
    `${wsUrl}/${docName}?token=${encodeURIComponent(token)}`

  async function seatsIn(workshop: TestWorkshop, docName: string, count: number) {
    const seats: RoomSeat[] = new Array(count)
    let next = 0
    const worker = async () => {
      while (next < count) {
        const i = next++
        const sector = DEFAULT_SECTORS[i % DEFAULT_SECTORS.length]!.id
        const joined = await join(httpUrl, workshop, { name: `Person ${i}`, sector })
        seats[i] = { url: seatUrl(docName, joined.token), author: joined.author, laneId: sector }
      }
    }
    await Promise.all(Array.from({ length: JOIN_CONCURRENCY }, worker))
    return seats
  }

  const server: WeaveBenchServer = {
    kind: 'weave',
    pid: proc.pid,
    httpUrl,
    wsUrl,
    dataDir,
    seatsIn,
    async room(count) {
      const workshop = await createWorkshop(httpUrl, 'Benchmark plenary')
      workshops.set(workshop.roomDoc, workshop)
      const owner = {
        url: seatUrl(workshop.roomDoc, workshop.facilitatorToken),
        author: facilitatorAuthor(workshop),
        laneId: DEFAULT_SECTORS[0]!.id,
      }
      return {
        docName: workshop.roomDoc,
        seats: await seatsIn(workshop, workshop.roomDoc, count),
        owner,
      }
    },
    async moreSeats(room: BenchRoom, count) {
      const workshop = workshops.get(room.docName)
      if (!workshop) throw new Error(`no workshop for ${room.docName}`)
      return seatsIn(workshop, room.docName, count)
    },
    rss: () => rssBytes(proc.pid),
    output: proc.output,
    async stop() {
      if (profileDir) await proc.terminate(15_000)
      else await proc.kill()
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return server
}
