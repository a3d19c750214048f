import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { DEFAULT_SECTORS } from '@weave/shared'
import { tempDataDir } from '../../helpers/server.js'
import { rssBytes } from './proc.js'
import { freePort, spawnPinnedNode } from './spawn-pinned.js'
import type { BenchRoom, BenchServer, RoomSeat } from './types.js'

const require = createRequire(import.meta.url)
/** The stock server's package directory (@y/websocket-server). */
export const STOCK_PACKAGE_DIR = path.dirname(require.resolve('@y/websocket-server/package.json'))

/** Versions of the stock server and the `ws` it runs on. */
export function stockVersions(): { server: string; ws: string; leveldb: string | null } {
  const local = createRequire(path.join(STOCK_PACKAGE_DIR, 'package.json'))
  const version = (file: string) =>
    (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
  let leveldb: string | null
  try {
    leveldb = version(local.resolve('y-leveldb/package.json'))
  } catch {
    leveldb = null // an optional dependency: absent when it could not be installed
  }
  return {
    server: version(path.join(STOCK_PACKAGE_DIR, 'package.json')),
    ws: version(local.resolve('ws/package.json')),
    leveldb,
  }
}

let roomCounter = 0

/**
 * Starts the stock y-websocket server (`y-websocket-server`, @y/websocket-server) pinned to the
 * server core: in memory, or persisting to LevelDB (YPERSISTENCE) when `leveldb` is set.
 */
export async function startStock(
  options: { leveldb?: boolean; nodeArgs?: readonly string[] } = {},
): Promise<BenchServer> {
  const leveldb = options.leveldb ?? false
  const port = await freePort()
  const dataDir = leveldb ? tempDataDir('stock-leveldb-') : null
  const proc = await spawnPinnedNode(
    [...(options.nodeArgs ?? []), path.join(STOCK_PACKAGE_DIR, 'src/server.js')],
    { HOST: '127.0.0.1', PORT: String(port), ...(dataDir ? { YPERSISTENCE: dataDir } : {}) },
    /running at/,
  )
  const seat = (docName: string, i: number): RoomSeat => {
    const sector = DEFAULT_SECTORS[i % DEFAULT_SECTORS.length]!.id
    return {
      url: `ws://127.0.0.1:${port}/${docName}`,
      author: { id: `person${i}`, name: `Person ${i}`, sector },
      laneId: sector,
    }
  }
  return {
    kind: leveldb ? 'stock-leveldb' : 'stock',
    pid: proc.pid,
    async room(count): Promise<BenchRoom> {
      const docName = `benchroom${++roomCounter}x${Date.now().toString(36)}`
      return {
        docName,
        seats: Array.from({ length: count }, (_, i) => seat(docName, i)),
        owner: seat(docName, count),
      }
    },
    async moreSeats(room, count) {
      const from = room.seats.length + 1
      return Array.from({ length: count }, (_, i) => seat(room.docName, from + i))
    },
    rss: () => rssBytes(proc.pid),
    output: proc.output,
    async stop() {
      await proc.kill()
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
