import { describe, expect, it } from 'vitest'
import { createNote, readNotes } from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { connectClient, docReaches, synced } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import { openRawFrameSocket } from '../helpers/raw-frames.js'
import { spawnServer, tempDataDir } from '../helpers/server.js'
import { pollUntil } from '../helpers/wait.js'

const harness = useHarness()

describe('server lifecycle', () => {
  it('[REL-39] flushes everything and exits cleanly on SIGTERM, well within 10 s', async () => {
    const dataDir = tempDataDir()
    const server = await spawnServer(dataDir)
    const workshop = await createWorkshop(server.httpUrl)
    const { token, author } = await join(server.httpUrl, workshop)
    const writer = connectClient(server.wsUrl, workshop.roomDoc, token)
    await synced(writer)
    for (let i = 0; i < 50; i++)
      createNote(writer.doc, { laneId: 'health', x: 0, y: i * 10, text: `n${i}` }, author)
    const witness = connectClient(server.wsUrl, workshop.roomDoc, token)
    await docReaches(witness.doc, 'all notes relayed', (doc) => readNotes(doc).length === 50)
    writer.destroy()
    witness.destroy()

    const started = performance.now()
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    const tookMs = performance.now() - started
    expect(tookMs).toBeLessThan(10_000)
    console.log(`SIGTERM to exit: ${tookMs.toFixed(0)} ms`)

    const again = await spawnServer(dataDir)
    const reader = connectClient(again.wsUrl, workshop.roomDoc, token)
    await docReaches(reader.doc, 'notes after restart', (doc) => readNotes(doc).length === 50)
    reader.destroy()
    again.child.kill('SIGKILL')
    await again.exited
  })

  it('[REL-22] exits cleanly on a SIGTERM that arrives right after it starts', async () => {
    const server = await spawnServer(tempDataDir())
    // At once on its "open http://..." line: the moment the signal used to kill it with 143.
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
  })

  it('[REL-21] a SIGKILL from a test stops the server itself: its port stops answering', async () => {
    const server = await spawnServer(tempDataDir())
    expect((await fetch(`${server.httpUrl}/healthz`)).status).toBe(200)
    server.child.kill('SIGKILL')
    await server.exited
    // A wrapper killed instead would leave the real server listening here.
    await expect(fetch(`${server.httpUrl}/healthz`)).rejects.toThrow()
  })

  it('[REL-40] drops a dead client (no close frame, no pongs) after two missed heartbeats', async () => {
    const running = await harness.start({ heartbeatMs: 300 })
    const workshop = await createWorkshop(running.httpUrl)
    const { token } = await join(running.httpUrl, workshop)
    const watcher = harness.client(workshop.roomDoc, token)
    await synced(watcher)
    // A hand-made socket: it completes the handshake, then never answers anything again.
    const dead = await openRawFrameSocket(
      running.httpUrl,
      `/sync/${workshop.roomDoc}?token=${encodeURIComponent(token)}`,
    )
    await pollUntil('both connections counted', () => running.server.stats().connections === 2)
    const started = performance.now()
    await dead.ended
    const tookMs = performance.now() - started
    // Two missed heartbeats at most (with the default 30 s heartbeat: within 60 s).
    expect(tookMs).toBeLessThan(3 * 300 + 500)
    await pollUntil(
      'the server to forget the dead connection',
      () => running.server.stats().connections === 1,
    )
  })
})
