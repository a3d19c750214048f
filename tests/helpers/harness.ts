import { afterEach } from 'vitest'
import type { Config, ServerOverrides } from '@weave/server'
import { connectClient, type TestClient } from './clients.js'
import type { RawSocket } from './raw-socket.js'
import { startServer, type RunningServer } from './server.js'

/** Servers, clients and sockets a test file starts; all are stopped after each test. */
export interface Harness {
  /** Starts an in-process server on port 0 (stopped after the test). */
  start(overrides?: Partial<Config>, deps?: ServerOverrides): Promise<RunningServer>
  /** Connects an official y-websocket client to the last started server (destroyed after the test). */
  client(docName: string, token: string): TestClient
  /** Closes a raw socket after the test. */
  track(socket: RawSocket): RawSocket
}

/** Registers the clean-up and returns the harness for one test file. */
export function useHarness(): Harness {
  let servers: RunningServer[] = []
  let clients: TestClient[] = []
  let sockets: RawSocket[] = []
  afterEach(async () => {
    for (const client of clients) client.destroy()
    for (const socket of sockets) socket.ws.close()
    for (const server of servers) await server.stop()
    servers = []
    clients = []
    sockets = []
  })
  return {
    async start(overrides = {}, deps = {}) {
      const running = await startServer(overrides, deps)
      servers.push(running)
      return running
    },
    client(docName, token) {
      const last = servers[servers.length - 1]
      if (!last) throw new Error('start a server first')
      const client = connectClient(last.wsUrl, docName, token)
      clients.push(client)
      return client
    },
    track(socket) {
      sockets.push(socket)
      return socket
    },
  }
}
