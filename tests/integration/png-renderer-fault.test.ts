import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createNote, readNotes } from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { connectClient, docReaches, synced, type TestClient } from '../helpers/clients.js'
import { spawnServer, tempDataDir, type ServerProcess } from '../helpers/server.js'

/**
 * Preloaded into the server and every process it starts: the PNG renderer (started with the resvg
 * package as its argument) aborts at once, as a panic in resvg's native code does.
 */
const ABORT_RENDERER = `if ((process.argv[1] || '').includes('resvg')) process.abort()\n`

let server: ServerProcess | null = null
let clients: TestClient[] = []
afterEach(async () => {
  for (const client of clients) client.destroy()
  clients = []
  server?.child.kill('SIGKILL')
  await server?.exited
  server = null
})

describe('a fault in the native PNG renderer', () => {
  it('[REL-24] fails that one download and leaves the server serving', async () => {
    const dataDir = tempDataDir()
    const preload = path.join(dataDir, 'abort-renderer.cjs')
    fs.writeFileSync(preload, ABORT_RENDERER)
    const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --require ${preload}`.trim()
    server = await spawnServer(dataDir, 0, { NODE_OPTIONS: nodeOptions })
    const workshop = await createWorkshop(server.httpUrl)
    const ana = await join(server.httpUrl, workshop)
    const board = connectClient(server.wsUrl, workshop.roomDoc, ana.token)
    clients.push(board)
    await synced(board)
    createNote(board.doc, { laneId: 'health', x: 0, y: 80, text: 'still here' }, ana.author)

    const exports = `${server.httpUrl}/api/workshops/${workshop.workshopId}/exports`
    const room = `room=${workshop.rooms[0]!.roomId}`
    const auth = { headers: { authorization: `Bearer ${workshop.facilitatorToken}` } }
    const png = await fetch(`${exports}/png?${room}`, auth)
    expect(png.status).toBeGreaterThanOrEqual(500)
    await png.arrayBuffer()

    // The server lives on: it answers HTTP, renders SVG and syncs boards.
    expect(server.child.exitCode).toBeNull()
    expect((await fetch(`${server.httpUrl}/healthz`)).status).toBe(200)
    const svg = await fetch(`${exports}/svg?${room}`, auth)
    expect(svg.status).toBe(200)
    expect(await svg.text()).toContain('still here')
    const reader = connectClient(server.wsUrl, workshop.roomDoc, workshop.facilitatorToken)
    clients.push(reader)
    await docReaches(reader.doc, 'the note', (doc) =>
      readNotes(doc).some((n) => n.text === 'still here'),
    )
  })
})
