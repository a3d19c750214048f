import { startGenerator, type Generator } from './load/generator-process.js'
import type { LoadPlan, LoadResult } from './load/plan.js'
import type { HoldPlan } from './load/idle.js'
import type { JoinPlan, JoinResult } from './load/joins.js'
import { startStock } from './servers/stock.js'
import type { BenchServer, ServerKind } from './servers/types.js'
import { startWeave, type WeaveBenchServer, type WeaveOptions } from './servers/weave.js'

/** How the rig starts servers. */
export interface RigOptions {
  readonly weave?: WeaveOptions
  /** Start servers with the inspector open (to force garbage collection before memory readings). */
  readonly inspect?: boolean
}

/** How long a generator command may take beyond its own schedule before the rig gives up. */
const COMMAND_SLACK_MS = 60_000

/**
 * The servers and the load generator of a suite: one process each, started on first use and
 * restarted after a run that stalled or failed, so one bad run never leaks into the next.
 */
export class Rig {
  private generator: Generator | null = null
  private readonly servers = new Map<ServerKind, BenchServer>()

  constructor(private readonly options: RigOptions = {}) {}

  async server(kind: ServerKind): Promise<BenchServer> {
    let server = this.servers.get(kind)
    if (!server) {
      const nodeArgs = this.options.inspect ? ['--inspect=127.0.0.1:0'] : []
      server =
        kind === 'weave'
          ? await startWeave({ ...this.options.weave, nodeArgs })
          : await startStock({ leveldb: kind === 'stock-leveldb', nodeArgs })
      this.servers.set(kind, server)
    }
    return server
  }

  async weave(): Promise<WeaveBenchServer> {
    return (await this.server('weave')) as WeaveBenchServer
  }

  async restart(kind: ServerKind): Promise<void> {
    await this.servers.get(kind)?.stop()
    this.servers.delete(kind)
  }

  /** Runs a load plan; a generator that stops answering is killed and the run reported failed. */
  async load(plan: LoadPlan): Promise<LoadResult> {
    const budget =
      2 * plan.connectTimeoutMs + plan.warmupMs + plan.measureMs + plan.drainMs + COMMAND_SLACK_MS
    try {
      return await (await this.gen()).request<LoadResult>({ command: 'load', plan }, budget)
    } catch (error) {
      await this.dropGenerator()
      return failedRun(plan, error)
    }
  }

  async joins(plan: JoinPlan): Promise<JoinResult> {
    try {
      return await (
        await this.gen()
      ).request<JoinResult>({ command: 'joins', plan }, plan.timeoutMs * 2 + COMMAND_SLACK_MS)
    } catch (error) {
      await this.dropGenerator()
      throw error
    }
  }

  /** Opens idle participants in the generator; throws when any fails to sync. */
  async hold(plan: HoldPlan): Promise<void> {
    const reply = await (
      await this.gen()
    ).request<{ failures: number }>(
      { command: 'hold', ...plan },
      plan.timeoutMs * 2 + COMMAND_SLACK_MS,
    )
    if (reply.failures > 0)
      throw new Error(`${reply.failures} of ${plan.urls.length} idle sockets failed`)
  }

  async release(): Promise<void> {
    await (await this.gen()).request({ command: 'release' }, COMMAND_SLACK_MS)
  }

  async close(): Promise<void> {
    await this.dropGenerator()
    for (const kind of [...this.servers.keys()]) await this.restart(kind)
  }

  private async gen(): Promise<Generator> {
    this.generator ??= await startGenerator()
    return this.generator
  }

  private async dropGenerator(): Promise<void> {
    await this.generator?.stop()
    this.generator = null
  }
}

function failedRun(plan: LoadPlan, error: unknown): LoadResult {
  const none = { count: 0, undelivered: 0, p50: 0, p90: 0, p99: 0, max: 0 }
  return {
    label: plan.label,
    status: 'failed',
    reason: String(error),
    clients: plan.clients.length,
    measureSeconds: 0,
    updates: none,
    presence: none,
    offered: { writesPerSec: 0, cursorsPerSec: 0 },
    delivered: {
      framesPerSec: 0,
      bytesPerSec: 0,
      updateFramesPerSec: 0,
      presenceFramesPerSec: 0,
      presenceStatesPerSec: 0,
      updateWritesPerSec: 0,
    },
    generator: { loopDelayP99Ms: 0, sendLagP99Ms: 0, cpuPercent: 0, saturated: false },
    server: { cpuPercent: null, rssMiB: null },
    otherCpuPercent: null,
    closes: {},
  }
}
