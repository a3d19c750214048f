import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  configWith,
  createWeaveServer,
  type Config,
  type ServerOverrides,
  type WeaveServer,
} from '@weave/server'

const here = path.dirname(fileURLToPath(import.meta.url))
/** The repository root. */
export const REPO_ROOT = path.resolve(here, '../..')

/** A fresh temporary data directory, removed by the returned cleanup. */
export function tempDataDir(prefix = 'weave-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

/** A server running in this process on a free port. */
export interface RunningServer {
  readonly server: WeaveServer
  readonly httpUrl: string
  readonly wsUrl: string
  readonly dataDir: string
  stop(): Promise<void>
}

/** Starts an in-process server on port 0 over `dataDir` (a fresh one by default). */
export async function startServer(
  overrides: Partial<Config> = {},
  deps: ServerOverrides = {},
): Promise<RunningServer> {
  const dataDir = overrides.dataDir ?? tempDataDir()
  const server = createWeaveServer(configWith({ dataDir, ...overrides }), deps)
  const port = await server.listen()
  return {
    server,
    dataDir,
    httpUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    stop: () => server.close(),
  }
}

/** A server running as a child process (so a test can SIGKILL it). */
export interface ServerProcess {
  readonly child: ChildProcess
  readonly httpUrl: string
  readonly wsUrl: string
  readonly port: number
  /** Resolves when the process has exited. */
  readonly exited: Promise<number | null>
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string
}

/**
 * Spawns `server/src/main.ts` with the given data directory and port (0 = any free port) and
 * resolves once it prints its URL.
 */
export function spawnServer(
  dataDir: string,
  port = 0,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  // Node itself runs the server (tsx only as a loader): the `tsx` command would run it in a child
  // process, and a SIGKILL to the wrapper would leave the real server running.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(REPO_ROOT, 'server/src/main.ts')],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        WEAVE_DATA_DIR: dataDir,
        WEAVE_LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /open http:\/\/[^:]+:(\d+)/.exec(output)
      if (!match?.[1]) return
      child.stdout?.off('data', onData)
      const actual = Number(match[1])
      resolve({
        child,
        port: actual,
        httpUrl: `http://127.0.0.1:${actual}`,
        wsUrl: `ws://127.0.0.1:${actual}/sync`,
        exited,
        output: () => output,
      })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    void exited.then((code) => reject(new Error(`server exited early (${code}):\n${output}`)))
  })
}
