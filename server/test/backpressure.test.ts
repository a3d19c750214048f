import { describe, expect, it } from 'vitest'
import type { WebSocket } from 'ws'
import { createSender, PRESENCE_SKIP_SHARE } from '../src/sync/backpressure.js'

const LIMIT = 1024 * 1024

/** The part of a ws socket the sender looks at, with a queue the test sets. */
function fakeSocket() {
  const sent: Uint8Array[] = []
  const socket = {
    OPEN: 1,
    readyState: 1,
    bufferedAmount: 0,
    send: (frame: Uint8Array) => sent.push(frame),
  }
  return { socket, sent, ws: socket as unknown as WebSocket }
}

describe('sending to a client that may not keep up', () => {
  it('skips presence past a 256th of the limit, never the board, and lets go past the limit', () => {
    const { socket, sent, ws } = fakeSocket()
    let tooSlow = 0
    const send = createSender(ws, LIMIT, () => tooSlow++)
    const presence = new Uint8Array([1])
    const board = new Uint8Array([0])

    send(presence, 'presence')
    socket.bufferedAmount = LIMIT / PRESENCE_SKIP_SHARE + 1
    send(presence, 'presence')
    send(board, 'document')
    expect(sent).toEqual([presence, board])

    // The network took most of it: presence flows again.
    socket.bufferedAmount = 100
    send(presence, 'presence')
    expect(sent).toHaveLength(3)

    socket.bufferedAmount = LIMIT + 1
    send(board, 'document')
    send(presence, 'presence')
    expect(sent).toHaveLength(3)
    expect(tooSlow).toBe(2)

    // A socket that is closing gets nothing and is not reported again.
    socket.readyState = 2
    send(board, 'document')
    expect([sent.length, tooSlow]).toEqual([3, 2])
  })
})
