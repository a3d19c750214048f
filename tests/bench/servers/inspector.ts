import WebSocket from 'ws'
import { withDeadline } from '../load/bench-socket.js'

/** A DevTools-protocol session with a server started with `--inspect=127.0.0.1:0`. */
export interface Inspector {
  /** Runs a full garbage collection in the server, so memory figures are not leftover garbage. */
  collectGarbage(): Promise<void>
  /** The V8 heap in use, in bytes. */
  heapUsed(): Promise<number>
  close(): void
}

/** Connects to the inspector whose URL the server printed ("Debugger listening on ws://..."). */
export async function openInspector(output: string): Promise<Inspector> {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1]
  if (!url) throw new Error('the server was not started with --inspect')
  const ws = new WebSocket(url)
  ws.on('error', () => {})
  await withDeadline(new Promise((resolve) => ws.once('open', resolve)), 10_000, 'inspector')
  let nextId = 1
  const waiting = new Map<number, (result: unknown) => void>()
  ws.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as { id?: number; result?: unknown }
    if (message.id !== undefined) waiting.get(message.id)?.(message.result)
  })
  const call = (method: string) => {
    const id = nextId++
    const reply = new Promise<unknown>((resolve) => waiting.set(id, resolve))
    ws.send(JSON.stringify({ id, method }))
    return withDeadline(reply, 30_000, method)
  }
  return {
    async collectGarbage() {
      // Twice: the first pass can leave objects that only become garbage once finalizers ran.
      await call('HeapProfiler.collectGarbage')
      await call('HeapProfiler.collectGarbage')
    },
    async heapUsed() {
      return ((await call('Runtime.getHeapUsage')) as { usedSize: number }).usedSize
    },
    close: () => ws.close(),
  }
}
