import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import { REPO_ROOT } from '../../helpers/server.js'
import { pinnedTo } from './proc.js'

/** The core servers run on (the generator gets another). */
export const SERVER_CORE = 0

/** A server process started by the bench. */
export interface PinnedProcess {
  readonly child: ChildProcess
  readonly pid: number
  /** The first match of the ready pattern in the process's output. */
  readonly ready: RegExpExecArray
  /** What the process printed so far (the last 20 kB of it). */
  output(): string
  /** Asks the process to exit (SIGTERM, so profiles get written), then kills it after `graceMs`. */
  terminate(graceMs: number): Promise<void>
  kill(): Promise<void>
}

/**
 * Runs `node <args>` pinned to SERVER_CORE and resolves when its output matches `readyPattern`;
 * rejects if it exits first or takes longer than `timeoutMs`.
 */
export function spawnPinnedNode(
  args: readonly string[],
  env: Record<string, string>,
  readyPattern: RegExp,
  timeoutMs = 30_000,
): Promise<PinnedProcess> {
  const [command, ...prefix] = [...pinnedTo(SERVER_CORE), process.execPath]
  const child = spawn(command!, [...prefix, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    await exited
  }
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => {
      void kill()
      reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`))
    }, timeoutMs)
    let started = false
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000)
      const ready = started ? null : readyPattern.exec(output)
      if (!ready) return
      started = true
      clearTimeout(timer)
      const terminate = async (graceMs: number) => {
        if (child.exitCode !== null || child.signalCode !== null) return
        child.kill('SIGTERM')
        const timer = setTimeout(() => void kill(), graceMs)
        await exited
        clearTimeout(timer)
      }
      resolve({ child, pid: child.pid ?? -1, ready, kill, terminate, output: () => output })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    void exited.then(() => {
      clearTimeout(timer)
      reject(new Error(`server exited early:\n${output}`))
    })
  })
}

/** A TCP port that was free a moment ago (for servers that cannot report theirs). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}
