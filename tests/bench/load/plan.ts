import type { Author } from '@weave/shared'

/** What a simulated participant does besides moving its cursor. */
export type ClientRole = 'cursor' | 'drag' | 'type'

/** One simulated participant of a load run. */
export interface ClientSpec {
  /** The full WebSocket URL (document name and, for Weave, the token included). */
  readonly url: string
  /** Clients in the same room receive each other's writes (for multi-room runs). */
  readonly room: number
  readonly role: ClientRole
  /** The author stamp the client's note carries (Weave refuses notes with someone else's). */
  readonly author: Author
  readonly laneId: string
  /** Decodes every document update it receives and times the writes in it. */
  readonly timedUpdates: boolean
  /** Decodes every presence entry it receives and times the cursors in it. */
  readonly timedPresence: boolean
}

/** A load run: clients, their rates, and the phases' durations. */
export interface LoadPlan {
  readonly label: string
  readonly clients: readonly ClientSpec[]
  /** Cursor moves per second per client, through awareness (0: no cursors). */
  readonly cursorHz: number
  /** Note position writes per second per dragging client. */
  readonly dragHz: number
  /** Keystrokes per second per typing client. */
  readonly typeHz: number
  readonly warmupMs: number
  readonly measureMs: number
  /** How long to wait after the last send for what is still in flight. */
  readonly drainMs: number
  readonly connectTimeoutMs: number
  /** Encode every write before the run starts (for high rates: the generator only sends). */
  readonly precompute: boolean
  /** Writers apply what others write to their own Y.Doc, as a real client does. */
  readonly applyRemote: boolean
  /** The server's process id, to sample its CPU time and memory during the window. */
  readonly serverPid: number | null
  /** More server processes of the run (a cluster's other instances): CPU and memory are summed. */
  readonly moreServerPids?: readonly number[]
}

/** Percentiles of a latency sample, in ms. */
export interface LatencySummary {
  readonly count: number
  /** Samples that never arrived: timed at the end of the drain (a lower bound). */
  readonly undelivered: number
  readonly p50: number
  readonly p90: number
  readonly p99: number
  readonly max: number
}

/** How a run ended. */
export type RunStatus = 'ok' | 'stalled' | 'failed'

/** Everything a load run measured. */
export interface LoadResult {
  readonly label: string
  readonly status: RunStatus
  readonly reason: string | null
  readonly clients: number
  readonly measureSeconds: number
  /** Document updates: each write, from its intended send time to its arrival at a receiver. */
  readonly updates: LatencySummary
  /** Cursor moves through presence, timed the same way. */
  readonly presence: LatencySummary
  readonly offered: { readonly writesPerSec: number; readonly cursorsPerSec: number }
  readonly delivered: {
    readonly framesPerSec: number
    readonly bytesPerSec: number
    readonly updateFramesPerSec: number
    readonly presenceFramesPerSec: number
    /** Presence states received (a batched frame carries several). */
    readonly presenceStatesPerSec: number
    /** Writes received, all receivers together (counted by the timed receivers, scaled up). */
    readonly updateWritesPerSec: number
  }
  readonly generator: {
    readonly loopDelayP99Ms: number
    readonly sendLagP99Ms: number
    readonly cpuPercent: number
    /** The generator could not keep up: its figures are not the server's. */
    readonly saturated: boolean
  }
  readonly server: {
    readonly cpuPercent: number | null
    readonly rssMiB: number | null
    /** Each server process's share, in the order serverPid, ...moreServerPids. */
    readonly cpuPercentEach?: ReadonlyArray<number | null>
  }
  /** CPU used by everything else on the machine during the window, in % of one core. */
  readonly otherCpuPercent: number | null
  readonly closes: Record<string, number>
}
