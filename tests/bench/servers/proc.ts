import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'

let ticksPerSecond: number | null = null

function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100
    } catch {
      ticksPerSecond = 100
    }
  }
  return ticksPerSecond
}

/** A process's CPU time so far (user + system), in ms; null when it cannot be read. */
export function cpuTimeMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name (which may contain spaces) start past the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[11]) + Number(fields[12])
    return (ticks * 1000) / clockTicks()
  } catch {
    return null
  }
}

/** A process's resident memory, in bytes; null when it cannot be read. */
export function rssBytes(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status)
    return match?.[1] ? Number(match[1]) * 1024 : null
  } catch {
    return null
  }
}

/** Measures a process's CPU use between start() and the returned stop(), as % of one core. */
export function cpuMeter(pid: number | null): () => number | null {
  const from = pid === null ? null : cpuTimeMs(pid)
  const startedAt = performance.now()
  return () => {
    if (pid === null || from === null) return null
    const to = cpuTimeMs(pid)
    if (to === null) return null
    return (100 * (to - from)) / (performance.now() - startedAt)
  }
}

/**
 * The command prefix that pins a process to one core with `taskset`, when the machine has it and
 * more than one core; an empty prefix otherwise.
 */
export function pinnedTo(core: number): string[] {
  if (!pinning()) return []
  return ['taskset', '-c', String(core)]
}

/** True when servers and the generator get a core each (`--no-pin` turns it off). */
export function pinning(): boolean {
  return process.env.WEAVE_BENCH_PIN !== '0' && os.cpus().length >= 2 && hasTaskset()
}

let tasksetFound: boolean | null = null

function hasTaskset(): boolean {
  if (tasksetFound === null) {
    try {
      execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' })
      tasksetFound = true
    } catch {
      tasksetFound = false
    }
  }
  return tasksetFound
}

/** Busy CPU time of the whole machine so far (all cores, all processes), in ms. */
function machineBusyMs(): number | null {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? ''
    const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number)
    const ticks = [user, nice, system, irq, softirq, steal].reduce((a, b) => a! + (b ?? 0), 0)!
    return (ticks * 1000) / clockTicks()
  } catch {
    return null
  }
}

/**
 * Measures what the rest of the machine used between start() and the returned stop(), as % of
 * one core: busy time of all cores minus the processes given (the server and the generator).
 */
export function otherWorkMeter(pids: ReadonlyArray<number | null>): () => number | null {
  const from = machineBusyMs()
  const own = pids.map((pid) => (pid === null ? null : cpuTimeMs(pid)))
  const startedAt = performance.now()
  return () => {
    const to = machineBusyMs()
    if (from === null || to === null) return null
    let ownMs = 0
    pids.forEach((pid, i) => {
      const before = own[i]
      const after = pid === null ? null : cpuTimeMs(pid)
      if (before !== null && before !== undefined && after !== null) ownMs += after - before
    })
    return Math.max(0, (100 * (to - from - ownMs)) / (performance.now() - startedAt))
  }
}
