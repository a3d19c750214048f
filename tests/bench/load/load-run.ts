import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { cpuMeter, otherWorkMeter, rssBytes } from '../servers/proc.js'
import { createTrafficStats, type TrafficStats } from './bench-socket.js'
import { cursorActor, intendedAt, type Timeline } from './actors.js'
import type { Actor } from './open-loop.js'
import { runOpenLoop } from './open-loop.js'
import {
  connectAll,
  createNotes,
  createParticipant,
  type Participant,
  type Timers,
} from './participants.js'
import type { LoadPlan, LoadResult, RunStatus } from './plan.js'
import { SequenceTimer, summariseLatency, type Expectation } from './sequence-timer.js'

/** The generator is saturated (its figures are not the server's) past this lag, in ms. */
export const GENERATOR_LAG_LIMIT_MS = 20
/** A run whose p99 reaches this is reported as stalled. */
export const STALL_P99_MS = 1000
const CONNECT_CONCURRENCY = 32
// Sends start this long after the schedule is built, so the first ones are not late already.
const START_DELAY_MS = 200

/** Runs one load plan against a server and measures it. */
export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const stats = createTrafficStats()
  const timers: Timers = { updates: null, presence: null, marksPerRoom: new Map(), counting: false }
  const writerOfClient = new Map<number, number>()
  const participants = plan.clients.map((spec, index) =>
    createParticipant(
      index,
      spec,
      stats,
      timers,
      writerOfClient,
      plan.applyRemote,
      plan.connectTimeoutMs,
    ),
  )
  try {
    try {
      await connectAll(participants, CONNECT_CONCURRENCY, plan.connectTimeoutMs)
      await createNotes(participants, plan.connectTimeoutMs)
    } catch (error) {
      return setupFailure(plan, participants, error)
    }
    return await measure(plan, participants, stats, timers)
  } finally {
    for (const p of participants) {
      p.socket.close()
      p.writer?.doc.destroy()
    }
  }
}

async function measure(
  plan: LoadPlan,
  participants: readonly Participant[],
  stats: TrafficStats,
  timers: Timers,
): Promise<LoadResult> {
  const runMs = plan.warmupMs + plan.measureMs
  const writeHz = (p: Participant) => (p.spec.role === 'type' ? plan.typeHz : plan.dragHz)
  if (plan.precompute) {
    for (const p of participants) p.writer?.prepare(Math.ceil((runMs / 1000) * writeHz(p)) + 1)
  }
  const startAt = performance.now() + START_DELAY_MS
  const window = { from: startAt + plan.warmupMs, to: startAt + runMs }
  const phase = (i: number, periodMs: number) => startAt + ((i * 0.618034) % 1) * periodMs
  const cursorLines = new Map<number, Timeline>()
  const writeLines = new Map<number, Timeline>()
  const actors: Actor[] = []
  for (const p of participants) {
    if (plan.cursorHz > 0) {
      const periodMs = 1000 / plan.cursorHz
      const line = { startAt: phase(p.index, periodMs), periodMs, sent: 0 }
      cursorLines.set(p.index, line)
      actors.push(cursorActor(p.socket, p.awarenessId, p.index, line))
    }
    if (p.writer && writeHz(p) > 0) {
      const periodMs = 1000 / writeHz(p)
      const line = { startAt: phase(p.index + 0.5, periodMs), periodMs, sent: 0 }
      writeLines.set(p.index, line)
      actors.push(p.writer.actor(line))
    }
  }
  const at = (lines: Map<number, Timeline>) => (sender: number, seq: number) => {
    const line = lines.get(sender)
    return line ? intendedAt(line, seq) : undefined
  }
  timers.updates = new SequenceTimer(at(writeLines), window)
  timers.presence = new SequenceTimer(at(cursorLines), window)

  const loopDelay = monitorEventLoopDelay({ resolution: 5 })
  const sendLags: number[] = []
  const serverPids = [plan.serverPid, ...(plan.moreServerPids ?? [])]
  let serverCpus: Array<() => number | null> = []
  let otherCpu: () => number | null = () => null
  let generatorCpu = process.cpuUsage()
  let windowStartedAt = window.from
  setTimeout(() => {
    windowStartedAt = performance.now()
    stats.counting = timers.counting = true
    loopDelay.enable()
    serverCpus = serverPids.map((pid) => cpuMeter(pid))
    otherCpu = otherWorkMeter([...serverPids, process.pid])
    generatorCpu = process.cpuUsage()
  }, window.from - performance.now())
  await runOpenLoop(actors, window.to, (lateMs) => {
    if (stats.counting) sendLags.push(lateMs)
  })
  const windowSeconds = (performance.now() - windowStartedAt) / 1000
  stats.counting = timers.counting = false
  loopDelay.disable()
  const serverCpuEach = serverCpus.map((meter) => meter())
  const serverCpuPercent = sumOrNull(serverCpuEach)
  const otherCpuPercent = otherCpu()
  const cpu = process.cpuUsage(generatorCpu)
  const serverRss = sumOrNull(serverPids.map((pid) => (pid === null ? null : rssBytes(pid))))

  const expectUpdates = expectations(participants, 'timedUpdates', writeLines)
  const expectPresence = expectations(participants, 'timedPresence', cursorLines)
  const drainUntil = performance.now() + plan.drainMs
  while (
    performance.now() < drainUntil &&
    !(timers.updates.complete(expectUpdates) && timers.presence.complete(expectPresence))
  ) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const now = performance.now()
  const updates = timers.updates.finish(expectUpdates, now)
  const presence = timers.presence.finish(expectPresence, now)

  const loopDelayP99Ms = loopDelay.count > 0 ? loopDelay.percentile(99) / 1e6 : 0
  const sendLagP99Ms = summariseLatency(sendLags).p99
  const closes = closeCodes(participants)
  const worstP99 = Math.max(updates.p99, presence.p99)
  const lost = updates.undelivered + presence.undelivered
  let status: RunStatus = 'ok'
  let reason: string | null = null
  if (Object.keys(closes).length > 0) {
    status = 'failed'
    reason = `connections closed by the server: ${JSON.stringify(closes)}`
  } else if (worstP99 >= STALL_P99_MS || lost > 0.005 * (updates.count + presence.count)) {
    status = 'stalled'
    reason = `p99 ${Math.round(worstP99)} ms, ${lost} messages not delivered ${plan.drainMs} ms after the last send`
  }
  const perSec = (count: number) => Math.round(count / windowSeconds)
  return {
    label: plan.label,
    status,
    reason,
    clients: participants.length,
    measureSeconds: Math.round(windowSeconds * 100) / 100,
    updates,
    presence,
    offered: {
      writesPerSec: participants.reduce((sum, p) => sum + (p.writer ? writeHz(p) : 0), 0),
      cursorsPerSec: participants.length * plan.cursorHz,
    },
    delivered: {
      framesPerSec: perSec(stats.frames),
      bytesPerSec: perSec(stats.bytes),
      updateFramesPerSec: perSec(stats.updateFrames),
      presenceFramesPerSec: perSec(stats.presenceFrames),
      presenceStatesPerSec: perSec(stats.presenceStates),
      updateWritesPerSec: perSec(estimatedDeliveries(participants, timers.marksPerRoom)),
    },
    generator: {
      loopDelayP99Ms: Math.round(loopDelayP99Ms * 100) / 100,
      sendLagP99Ms,
      cpuPercent: Math.round((cpu.user + cpu.system) / 10 / (windowSeconds * 1000)),
      saturated: loopDelayP99Ms > GENERATOR_LAG_LIMIT_MS || sendLagP99Ms > GENERATOR_LAG_LIMIT_MS,
    },
    server: {
      cpuPercent: serverCpuPercent === null ? null : Math.round(serverCpuPercent),
      rssMiB: serverRss === null ? null : Math.round(serverRss / 2 ** 20),
      cpuPercentEach: serverCpuEach.map((cpu) => (cpu === null ? null : Math.round(cpu))),
    },
    otherCpuPercent: otherCpuPercent === null ? null : Math.round(otherCpuPercent),
    closes,
  }
}

/** Every (timed receiver, sender in its room) pair, with what the sender sent. */
function expectations(
  participants: readonly Participant[],
  timed: 'timedUpdates' | 'timedPresence',
  lines: Map<number, Timeline>,
): Expectation[] {
  const expected: Expectation[] = []
  for (const receiver of participants) {
    if (!receiver.spec[timed]) continue
    for (const [sender, line] of lines) {
      if (sender === receiver.index || participants[sender]?.spec.room !== receiver.spec.room)
        continue
      expected.push({ receiver: receiver.index, sender, lastSent: line.sent - 1 })
    }
  }
  return expected
}

/** Writes delivered to everyone, from what the timed receivers of each room counted. */
function estimatedDeliveries(
  participants: readonly Participant[],
  marksPerRoom: Map<number, number>,
): number {
  let total = 0
  for (const [room, marks] of marksPerRoom) {
    const inRoom = participants.filter((p) => p.spec.room === room)
    const timed = inRoom.filter((p) => p.spec.timedUpdates).length
    if (timed > 0) total += (marks / timed) * (inRoom.length - 1)
  }
  return total
}

function closeCodes(participants: readonly Participant[]): Record<string, number> {
  const codes: Record<string, number> = {}
  for (const p of participants) {
    if (p.socket.closeCode === null || p.socket.closedByUs) continue
    codes[p.socket.closeCode] = (codes[p.socket.closeCode] ?? 0) + 1
  }
  return codes
}

function setupFailure(
  plan: LoadPlan,
  participants: readonly Participant[],
  error: unknown,
): LoadResult {
  const none = summariseLatency([])
  const timedOut = String(error).includes('timed out')
  return {
    label: plan.label,
    status: timedOut ? 'stalled' : 'failed',
    reason: `setup: ${(error as Error).message}`,
    clients: participants.length,
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
    closes: closeCodes(participants),
  }
}

/** The sum of the values, or null when any is unknown. */
function sumOrNull(values: ReadonlyArray<number | null>): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null
  return (values as number[]).reduce((a, b) => a + b, 0)
}
