import { afterAll, describe, expect, it } from 'vitest'
import { createNote, readNotes } from '@weave/shared'
import { createWorkshop, join, type Joined, type TestWorkshop } from '../helpers/api.js'
import { connectClient, docReaches, synced } from '../helpers/clients.js'
import { fuzzMessages, FUZZ_KINDS } from '../helpers/fuzz-messages.js'
import { openRawSocket, type RawSocket } from '../helpers/raw-socket.js'
import { spawnServer, tempDataDir, type ServerProcess } from '../helpers/server.js'

/** How many malformed messages one run sends (raise it with WEAVE_FUZZ_MESSAGES). */
const MESSAGES = Number(process.env.WEAVE_FUZZ_MESSAGES ?? 20_000)
const CONCURRENCY = 24
const SEED = Number(process.env.WEAVE_FUZZ_SEED ?? 20261128)
/** A valid sync step 1 (empty state vector): its answer proves the connection survived. */
const SENTINEL = new Uint8Array([0, 0, 1, 0])

const processes: ServerProcess[] = []
afterAll(async () => {
  for (const p of processes) {
    p.child.kill('SIGKILL')
    await p.exited
  }
})

/** Resolves with 'closed' (and the code) or 'survived' once the sentinel's answer arrives. */
async function outcome(
  socket: RawSocket,
  from: number,
): Promise<{ closed: boolean; code: number }> {
  return new Promise((resolve) => {
    let done = false
    const check = () => {
      if (done) return
      if (socket.received.slice(from).some((frame) => frame[0] === 0 && frame[1] === 1)) {
        done = true
        resolve({ closed: false, code: 0 })
      } else void socket.receivedAtLeast(socket.received.length + 1).then(check)
    }
    void socket.closed.then(({ code }) => {
      if (done) return
      done = true
      resolve({ closed: true, code })
    })
    check()
  })
}

describe('fuzzing the sync endpoint over real WebSockets', () => {
  it(`[REL-1] survives ${MESSAGES} malformed messages: offenders closed, others unharmed, data intact`, async () => {
    const dataDir = tempDataDir()
    const server = await spawnServer(dataDir, 0, {
      WEAVE_MESSAGE_BURST: '100000',
      WEAVE_MESSAGES_PER_SECOND: '100000',
    })
    processes.push(server)
    let exited = false
    void server.exited.then(() => (exited = true))
    const workshop: TestWorkshop = await createWorkshop(server.httpUrl)
    const person: Joined = await join(server.httpUrl, workshop)
    const bystander = connectClient(server.wsUrl, workshop.roomDoc, person.token)
    await synced(bystander)
    createNote(
      bystander.doc,
      { laneId: 'health', x: 0, y: 0, text: 'before the storm' },
      person.author,
    )

    const messages = fuzzMessages(SEED, MESSAGES)
    const counts = { sent: 0, closed: 0, survived: 0 }
    const codes = new Map<number, number>()
    async function worker(): Promise<void> {
      let socket: RawSocket | null = null
      for (let next = messages.next(); !next.done; next = messages.next()) {
        socket ??= await openRawSocket(server.wsUrl, workshop.roomDoc, person.token)
        const from = socket.received.length
        socket.send(next.value.bytes)
        socket.send(SENTINEL)
        counts.sent++
        const result = await outcome(socket, from)
        if (result.closed) {
          counts.closed++
          codes.set(result.code, (codes.get(result.code) ?? 0) + 1)
          socket = null
        } else counts.survived++
      }
      socket?.ws.close()
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))

    expect(exited).toBe(false)
    // Every offender was refused on purpose: no message hit an unexpected error path.
    const unexpected = server
      .output()
      .split('\n')
      .filter((line) => line.includes('message handling failed'))
    expect(unexpected.slice(0, 3)).toEqual([])
    expect(counts.sent).toBe(MESSAGES)
    expect(counts.closed + counts.survived).toBe(MESSAGES)
    // Offenders are closed with a documented code only (4409: a well-formed update that breaks a board rule).
    for (const code of codes.keys()) expect([4400, 4409, 1009, 1002, 1007]).toContain(code)
    console.log(
      `fuzz: ${MESSAGES} messages (${FUZZ_KINDS.join(', ')}), seed ${SEED}:`,
      counts,
      Object.fromEntries(codes),
    )

    // The bystander still syncs, and a newcomer loads the board.
    createNote(
      bystander.doc,
      { laneId: 'health', x: 0, y: 200, text: 'after the storm' },
      person.author,
    )
    const newcomer = connectClient(server.wsUrl, workshop.roomDoc, person.token)
    await docReaches(newcomer.doc, 'both notes', (doc) => readNotes(doc).length === 2)
    bystander.destroy()
    newcomer.destroy()

    // The stored document still loads after a hard restart.
    server.child.kill('SIGKILL')
    await server.exited
    const again = await spawnServer(dataDir)
    processes.push(again)
    const reader = connectClient(again.wsUrl, workshop.roomDoc, person.token)
    await docReaches(reader.doc, 'stored notes', (doc) => readNotes(doc).length === 2)
    reader.destroy()
  }, 600_000)
})
