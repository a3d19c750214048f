import type net from 'node:net'
import { describe, expect, it } from 'vitest'
import { CONTENT_LIMITS, createNote, NOTE_TEXT_MAX_LENGTH, readNotes } from '@weave/shared'
import { createWorkshop, facilitatorAuthor, join } from '../helpers/api.js'
import { docReaches, synced } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import { openRawSocket } from '../helpers/raw-socket.js'
import { pollUntil } from '../helpers/wait.js'

const harness = useHarness()

/** The smallest queue the server allows per client, so a test reaches it quickly. */
const MAX_BUFFERED_BYTES = 64 * 1024
const NOTES_PER_UPDATE = 100
/**
 * About 20 MB: far more than the operating system buffers between the two ends of a local
 * connection, and fewer notes than a board may hold (a slow server must not meet that limit first).
 */
const MAX_UPDATES = Math.floor((CONTENT_LIMITS.notesPerBoard - 1) / NOTES_PER_UPDATE)

describe('a client that stops taking what it is sent', () => {
  it('[REL-6] is let go once its queue passes the limit; the server and everyone else carry on', async () => {
    const running = await harness.start({ maxBufferedBytes: MAX_BUFFERED_BYTES })
    const workshop = await createWorkshop(running.httpUrl)
    const ana = await join(running.httpUrl, workshop, { name: 'Ana' })
    // A participant whose network stops: the socket stays open, nothing is read from it.
    const stalled = await openRawSocket(running.wsUrl, workshop.roomDoc, ana.token)
    await stalled.receivedAtLeast(1)
    const socket = (stalled.ws as unknown as { _socket: net.Socket })._socket
    socket.pause()
    let closed = false
    void stalled.closed.then(() => (closed = true))

    const writer = harness.client(workshop.roomDoc, workshop.facilitatorToken)
    await synced(writer)
    const author = facilitatorAuthor(workshop)
    const text = 'x'.repeat(NOTE_TEXT_MAX_LENGTH)
    let written = 0
    // Each update is ~200 kB: the stalled client's buffers fill, then its queue on the server.
    for (let update = 0; update < MAX_UPDATES; update++) {
      writer.doc.transact(() => {
        for (let i = 0; i < NOTES_PER_UPDATE; i++) {
          createNote(writer.doc, { laneId: 'health', x: written * 10, y: 0, text }, author)
          written++
        }
      })
      // Let the server take it in before the next one (a turn of the event loop, not a sleep).
      await new Promise((resolve) => setImmediate(resolve))
      if (running.server.stats().connections < 2) break
    }
    // The server dropped the stalled connection; the writer is still there.
    await pollUntil(
      'the stalled client to be let go',
      () => running.server.stats().connections === 1,
    )
    socket.resume()
    await stalled.closed
    expect(closed).toBe(true)
    expect(writer.closes).toEqual([])
    // Nothing was lost for anyone else: a newcomer gets every note.
    const late = harness.client(workshop.roomDoc, ana.token)
    await docReaches(late.doc, `${written} notes`, (doc) => readNotes(doc).length === written)
    console.log(
      `stalled client let go after ${written} notes (~${Math.round((written * NOTE_TEXT_MAX_LENGTH) / 2 ** 20)} MiB relayed)`,
    )
  }, 120_000)
})
