import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { REPO_ROOT } from '../../helpers/server.js'
import { pinnedTo } from '../servers/proc.js'
import type { GeneratorCommand, GeneratorReply } from './generator.js'

const GENERATOR_ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'generator.ts')
/** The core the generator runs on; servers run on core 0. */
export const GENERATOR_CORE = 1

/** The parent's handle on a load generator process. */
export interface Generator {
  readonly pid: number
  /** Sends a command; rejects (and kills the generator) when no reply comes within `timeoutMs`. */
  request<T>(command: GeneratorCommand, timeoutMs: number): Promise<T>
  stop(): Promise<void>
}

/** Starts a generator process pinned to GENERATOR_CORE and resolves once it is ready. */
export async function startGenerator(): Promise<Generator> {
  const [command, ...prefix] = [...pinnedTo(GENERATOR_CORE), process.execPath]
  const child: ChildProcess = spawn(
    command!,
    [...prefix, ...profileFlags(), '--import', 'tsx', GENERATOR_ENTRY],
    // Advanced serialization carries Uint8Arrays (boards) as they are.
    { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve())
    void exited.then(() => reject(new Error('the load generator exited before it was ready')))
  })
  let nextId = 1
  const waiting = new Map<number, (reply: GeneratorReply) => void>()
  child.on('message', (reply: GeneratorReply) => waiting.get(reply.id)?.(reply))
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  return {
    pid: child.pid ?? -1,
    request<T>(message: GeneratorCommand, timeoutMs: number) {
      const id = nextId++
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id)
          kill()
          reject(
            new Error(`the load generator did not answer "${message.command}" in ${timeoutMs} ms`),
          )
        }, timeoutMs)
        waiting.set(id, (reply) => {
          waiting.delete(id)
          clearTimeout(timer)
          if (reply.ok) resolve(reply.result as T)
          else reject(new Error(`load generator: ${reply.error}`))
        })
        void exited.then(() => {
          clearTimeout(timer)
          reject(new Error('the load generator exited'))
        })
        child.send({ ...message, id })
      })
    },
    async stop() {
      if (child.connected) child.disconnect()
      const timer = setTimeout(kill, 2000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** `WEAVE_BENCH_GENERATOR_PROFILE=<dir>` writes a CPU profile of each generator process there. */
function profileFlags(): string[] {
  const dir = process.env.WEAVE_BENCH_GENERATOR_PROFILE
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : []
}
