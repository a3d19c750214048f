import crypto from 'node:crypto'
import net from 'node:net'

/** A TCP connection that has completed a WebSocket handshake, for sending hand-made frames. */
export interface RawFrameSocket {
  write(bytes: Uint8Array): void
  /** Resolves when the server closes the TCP connection. */
  readonly ended: Promise<void>
  destroy(): void
}

/** Opens a WebSocket by hand (no library) so tests can send frames no client library would. */
export function openRawFrameSocket(httpUrl: string, pathAndQuery: string): Promise<RawFrameSocket> {
  const { hostname, port } = new URL(httpUrl)
  const socket = net.connect(Number(port), hostname)
  const key = crypto.randomBytes(16).toString('base64')
  const ended = new Promise<void>((resolve) => {
    socket.once('close', () => resolve())
  })
  socket.on('error', () => {})
  return new Promise((resolve, reject) => {
    socket.once('connect', () =>
      socket.write(
        `GET ${pathAndQuery} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\n` +
          `Connection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      ),
    )
    socket.once('data', (chunk: Buffer) => {
      if (!chunk.toString().startsWith('HTTP/1.1 101')) return reject(new Error(chunk.toString()))
      resolve({ write: (bytes) => socket.write(bytes), ended, destroy: () => socket.destroy() })
    })
  })
}

/** A masked client frame with the given first byte (FIN, RSV bits, opcode) and payload. */
export function maskedFrame(firstByte: number, payload: Uint8Array): Uint8Array {
  if (payload.length > 125) throw new Error('short frames only')
  const mask = crypto.randomBytes(4)
  const frame = new Uint8Array(2 + 4 + payload.length)
  frame[0] = firstByte
  frame[1] = 0x80 | payload.length
  frame.set(mask, 2)
  payload.forEach((byte, i) => (frame[6 + i] = byte ^ mask[i % 4]!))
  return frame
}
