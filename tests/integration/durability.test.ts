import { afterEach, describe, expect, it } from 'vitest'
import { createNote, readNotes } from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { connectClient, docReaches, synced, type TestClient } from '../helpers/clients.js'
import { spawnServer, tempDataDir, type ServerProcess } from '../helpers/server.js'

let processes: ServerProcess[] = []
let clients: TestClient[] = []

afterEach(async () => {
  for (const c of clients) c.destroy()
  clients = []
  for (const p of processes) {
    p.child.kill('SIGKILL')
    await p.exited
  }
  processes = []
})

describe('nothing relayed is lost', () => {
  it('[REL-10] keeps every update it relayed when killed with SIGKILL mid-stream', async () => {
    const dataDir = tempDataDir()
    const first = await spawnServer(dataDir)
    processes.push(first)
    const workshop = await createWorkshop(first.httpUrl)
    const { token, author } = await join(first.httpUrl, workshop)
    const writer = connectClient(first.wsUrl, workshop.roomDoc, token)
    const witness = connectClient(first.wsUrl, workshop.roomDoc, token)
    clients.push(writer, witness)
    await Promise.all([synced(writer), synced(witness)])

    // The writer streams notes; the witness records what the server relayed to it.
    const relayed = new Set<string>()
    witness.doc.on('update', () => {
      for (const note of readNotes(witness.doc)) relayed.add(note.id)
    })
    let written = 0
    let streaming = true
    const stream = () => {
      if (!streaming) return
      createNote(
        writer.doc,
        { laneId: 'health', x: written % 300, y: 60 + written, text: `note ${written}` },
        author,
      )
      written++
      setImmediate(stream)
    }
    stream()
    await docReaches(witness.doc, 'the witness to see 150 notes', () => relayed.size >= 150)
    first.child.kill('SIGKILL')
    const seenAtKill = new Set(relayed)
    streaming = false
    // Old clients must not resend their copy to the restarted server: that would hide a loss.
    writer.destroy()
    witness.destroy()
    await first.exited

    const second = await spawnServer(dataDir)
    processes.push(second)
    const fresh = connectClient(second.wsUrl, workshop.roomDoc, token)
    clients.push(fresh)
    await synced(fresh)
    const stored = new Set(readNotes(fresh.doc).map((note) => note.id))
    const lost = [...seenAtKill].filter((id) => !stored.has(id))
    expect(seenAtKill.size).toBeGreaterThanOrEqual(150)
    expect(written).toBeGreaterThan(seenAtKill.size - 1)
    expect(lost).toEqual([])
  })
})
