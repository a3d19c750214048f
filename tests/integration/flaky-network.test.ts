import * as prng from 'lib0/prng'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createNote, editNoteText, moveNote, readNotes, type Author } from '@weave/shared'
import { createWorkshop, facilitatorAuthor, join } from '../helpers/api.js'
import { connectClient, synced, type TestClient } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js'
import { waitForEvent } from '../helpers/wait.js'

const harness = useHarness()

/** Each seed is one reproducible run of random edits and network faults. */
const SEEDS = [1, 2, 3]
/** Edits and faults per run. */
const STEPS = 200
const LANES = ['health', 'education', 'community']

/** Someone at the board, connected through a link the test can cut or stall. */
interface Seat {
  readonly author: Author
  /** Facilitators may change any note; participants only their own. */
  readonly anyNote: boolean
  readonly proxy: TcpProxy
  readonly client: TestClient
}

let proxies: TcpProxy[] = []
let clients: TestClient[] = []
afterEach(async () => {
  for (const client of clients) client.destroy()
  for (const proxy of proxies) await proxy.close()
  clients = []
  proxies = []
})

/** One random edit through the model functions, of a note this seat may change. */
function edit(gen: prng.PRNG, seat: Seat): void {
  const doc = seat.client.doc
  const notes = readNotes(doc).filter((note) => seat.anyNote || note.authorId === seat.author.id)
  const roll = prng.int32(gen, 0, 9)
  const place = () => ({
    laneId: prng.oneOf(gen, LANES),
    x: prng.int32(gen, 0, 300),
    y: prng.int32(gen, 0, 900),
  })
  if (notes.length === 0 || roll < 3) {
    createNote(doc, { ...place(), text: prng.word(gen, 1, 8) }, seat.author)
    return
  }
  const note = prng.oneOf(gen, notes)
  if (roll < 7) editNoteText(doc, note.id, `${note.text}${prng.word(gen, 1, 4)}`)
  else moveNote(doc, note.id, place())
}

/** The board as a replica holds it: its state vector and what it reads. */
function boardOf(doc: Y.Doc): string {
  return JSON.stringify([Array.from(Y.encodeStateVector(doc)), readNotes(doc)])
}

describe('editing over a faulty network', () => {
  it.each(SEEDS)(
    '[REL-28] seed %i: people editing at once through cut and stalled links end with one board',
    async (seed) => {
      const running = await harness.start()
      const workshop = await createWorkshop(running.httpUrl)
      const ana = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
      const ben = await join(running.httpUrl, workshop, { name: 'Ben', sector: 'education' })
      const port = Number(new URL(running.httpUrl).port)
      const people = [
        { token: workshop.facilitatorToken, author: facilitatorAuthor(workshop), anyNote: true },
        { token: ana.token, author: ana.author, anyNote: false },
        { token: ben.token, author: ben.author, anyNote: false },
      ]
      const seats: Seat[] = []
      for (const person of people) {
        const proxy = await startTcpProxy('127.0.0.1', port)
        proxies.push(proxy)
        const client = connectClient(
          `ws://127.0.0.1:${proxy.port}/sync`,
          workshop.roomDoc,
          person.token,
        )
        clients.push(client)
        seats.push({ author: person.author, anyNote: person.anyNote, proxy, client })
      }
      await Promise.all(seats.map((seat) => synced(seat.client)))

      const gen = prng.create(seed)
      for (let step = 0; step < STEPS; step++) {
        const seat = prng.oneOf(gen, seats)
        const roll = prng.int32(gen, 0, 99)
        if (roll < 5) seat.proxy.cut()
        else if (roll < 10) seat.proxy.stall()
        else if (roll < 20) {
          seat.proxy.restore()
          // Half the time, let a cut seat reconnect and catch up before the next step.
          if (prng.bool(gen)) await synced(seat.client)
        } else edit(gen, seat)
        // One turn of the event loop, so sends, closes and reconnects interleave with the edits.
        await new Promise((resolve) => setImmediate(resolve))
      }
      for (const seat of seats) seat.proxy.restore()

      // Everyone, and a newcomer reading the server's copy, ends with the same board.
      const newcomer = harness.client(workshop.roomDoc, workshop.facilitatorToken)
      const docs = [...seats.map((seat) => seat.client.doc), newcomer.doc]
      await waitForEvent(
        `one board for seed ${seed}`,
        (onChange) => {
          for (const doc of docs) doc.on('update', onChange)
          return () => docs.forEach((doc) => doc.off('update', onChange))
        },
        () => new Set(docs.map(boardOf)).size === 1,
      )
      expect(readNotes(newcomer.doc).length).toBeGreaterThan(0)
    },
  )
})
