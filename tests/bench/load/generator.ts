import type { BenchSocket } from './bench-socket.js'
import { holdSockets, type HoldPlan } from './idle.js'
import { runJoins, type JoinPlan } from './joins.js'
import { runLoad } from './load-run.js'
import type { LoadPlan } from './plan.js'

/**
 * The load generator: a child process (pinned to its own core when possible) that takes commands
 * from the bench over IPC, so its work never shares a core or an event loop with the server's.
 */
export type GeneratorCommand =
  | { readonly command: 'load'; readonly plan: LoadPlan }
  | { readonly command: 'joins'; readonly plan: JoinPlan }
  | ({ readonly command: 'hold' } & HoldPlan)
  | { readonly command: 'release' }

/** A command with the id its reply will carry. */
export type GeneratorRequest = GeneratorCommand & { readonly id: number }

/** The reply to a request. */
export type GeneratorReply =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string }

const held: BenchSocket[] = []

async function handle(request: GeneratorCommand): Promise<unknown> {
  switch (request.command) {
    case 'load':
      return runLoad(request.plan)
    case 'joins':
      return runJoins(request.plan)
    case 'hold':
      return { failures: await holdSockets(request, held) }
    case 'release':
      for (const socket of held.splice(0)) socket.close()
      return { released: true }
  }
}

if (process.send) {
  process.on('message', (message: GeneratorRequest) => {
    handle(message).then(
      (result) => process.send?.({ id: message.id, ok: true, result } satisfies GeneratorReply),
      (error: unknown) =>
        process.send?.({
          id: message.id,
          ok: false,
          error: String(error),
        } satisfies GeneratorReply),
    )
  })
  process.on('disconnect', () => process.exit(0))
  process.send({ ready: true })
}
