import type { LatencySummary } from './plan.js'

/** When a sender meant to send its message number `seq` (performance.now() ms). */
export type IntendedTime = (sender: number, seq: number) => number | undefined

/** A receiver and a sender whose messages it should get, with the sender's last sequence sent. */
export interface Expectation {
  readonly receiver: number
  readonly sender: number
  readonly lastSent: number
}

/**
 * Times sequenced messages (writes or cursor moves) from their intended send time to their
 * arrival, for messages meant to be sent inside the measured window. Messages that never arrive
 * count too: at the end each is timed as arriving then, so a stalled server cannot look fast.
 * A later sequence supersedes earlier ones that never came (a server may collapse presence).
 */
export class SequenceTimer {
  private readonly latest = new Map<number, Map<number, number>>()
  private readonly samples: number[] = []
  private undelivered = 0

  constructor(
    private readonly intendedAt: IntendedTime,
    private readonly window: { readonly from: number; readonly to: number },
  ) {}

  arrived(receiver: number, sender: number, seq: number, atMs: number): void {
    let bySender = this.latest.get(receiver)
    if (!bySender) {
      bySender = new Map()
      this.latest.set(receiver, bySender)
    }
    if (seq > (bySender.get(sender) ?? -1)) bySender.set(sender, seq)
    const intended = this.intendedAt(sender, seq)
    if (intended === undefined || intended < this.window.from || intended >= this.window.to) return
    this.samples.push(atMs - intended)
  }

  /** True when every expected message has arrived. */
  complete(expected: readonly Expectation[]): boolean {
    return expected.every((e) => this.latestSeq(e) >= e.lastSent)
  }

  /** Counts what never arrived as arriving at `nowMs` and summarises. */
  finish(expected: readonly Expectation[], nowMs: number): LatencySummary {
    for (const e of expected) {
      for (let seq = this.latestSeq(e) + 1; seq <= e.lastSent; seq++) {
        const intended = this.intendedAt(e.sender, seq)
        if (intended === undefined || intended < this.window.from || intended >= this.window.to)
          continue
        this.samples.push(nowMs - intended)
        this.undelivered++
      }
    }
    return summariseLatency(this.samples, this.undelivered)
  }

  private latestSeq(e: Expectation): number {
    return this.latest.get(e.receiver)?.get(e.sender) ?? -1
  }
}

/** Percentiles of a sample (nearest rank), rounded to 0.01 ms. */
export function summariseLatency(samples: number[], undelivered = 0): LatencySummary {
  const sorted = Float64Array.from(samples).sort()
  const at = (q: number) => {
    if (sorted.length === 0) return 0
    const value = sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0
    return Math.round(value * 100) / 100
  }
  return {
    count: sorted.length,
    undelivered,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: at(1),
  }
}
