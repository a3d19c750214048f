import WebSocket from 'ws'

/** A bare WebSocket for sending arbitrary bytes and observing how the server closes it. */
export interface RawSocket {
  readonly ws: WebSocket
  readonly received: Uint8Array[]
  /** Resolves with the close code. */
  readonly closed: Promise<{ code: number; reason: string }>
  send(bytes: Uint8Array | string): void
  /** Resolves when at least `count` messages have been received. */
  receivedAtLeast(count: number): Promise<void>
}

/** Opens a raw socket to `/sync/<docName>?token=...` and resolves once it is open. */
export function openRawSocket(wsUrl: string, docName: string, token: string): Promise<RawSocket> {
  const ws = new WebSocket(`${wsUrl}/${docName}?token=${encodeURIComponent(token)}`)
  ws.binaryType = 'nodebuffer'
  const received: Uint8Array[] = []
  const waiters: Array<() => void> = []
  ws.on('message', (data: Buffer) => {
    received.push(new Uint8Array(data))
    for (const wake of waiters.splice(0)) wake()
  })
  ws.on('error', () => {})
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  const socket: RawSocket = {
    ws,
    received,
    closed,
    send: (bytes) => ws.send(bytes),
    receivedAtLeast(count) {
      return new Promise((resolve) => {
        const check = () => (received.length >= count ? resolve() : waiters.push(check))
        check()
      })
    },
  }
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(socket))
    ws.once('unexpected-response', (_req, res) =>
      reject(new Error(`upgrade refused: ${res.statusCode}`)),
    )
  })
}
