import net from 'node:net'
import type { AddressInfo } from 'node:net'

/** A TCP proxy a test controls, to make a service unreachable and bring it back. */
export interface TcpProxy {
  readonly port: number
  /** Drops every connection and refuses new ones (a crashed service, a reset network). */
  cut(): void
  /**
   * Keeps connections open but lets nothing through, new ones included (a silent partition:
   * neither side is told anything).
   */
  stall(): void
  /** Lets everything through again (what was held back during a stall arrives now). */
  restore(): void
  /** Sends new connections to another port from now on (a restarted service). */
  retarget(port: number): void
  close(): Promise<void>
}

type Mode = 'open' | 'cut' | 'stalled'

interface Pair {
  readonly client: net.Socket
  readonly upstream: net.Socket
  flowing: boolean
}

/** Starts a proxy on a free loopback port to `host:port`. */
export async function startTcpProxy(host: string, port: number): Promise<TcpProxy> {
  let mode: Mode = 'open'
  let target = port
  const pairs = new Set<Pair>()

  function flow(pair: Pair): void {
    if (pair.flowing) return
    pair.flowing = true
    pair.client.pipe(pair.upstream)
    pair.upstream.pipe(pair.client)
  }

  function hold(pair: Pair): void {
    if (!pair.flowing) return
    pair.flowing = false
    pair.client.unpipe(pair.upstream)
    pair.upstream.unpipe(pair.client)
    pair.client.pause()
    pair.upstream.pause()
  }

  const server = net.createServer((client) => {
    if (mode === 'cut') return void client.destroy()
    const pair: Pair = { client, upstream: net.connect(target, host), flowing: false }
    pairs.add(pair)
    const end = () => {
      pairs.delete(pair)
      client.destroy()
      pair.upstream.destroy()
    }
    client.on('error', end).on('close', end)
    pair.upstream.on('error', end).on('close', end)
    if (mode === 'open') flow(pair)
    else client.pause()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))

  function cut(): void {
    mode = 'cut'
    for (const { client, upstream } of pairs) {
      client.destroy()
      upstream.destroy()
    }
    pairs.clear()
  }

  return {
    port: (server.address() as AddressInfo).port,
    cut,
    stall() {
      mode = 'stalled'
      for (const pair of pairs) hold(pair)
    },
    restore() {
      mode = 'open'
      for (const pair of pairs) flow(pair)
    },
    retarget(next) {
      target = next
    },
    close() {
      cut()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
