import { performance } from 'node:perf_hooks'

/** Something that sends on a schedule: cursors, drags, typing. */
export interface Actor {
  /** When the next send is meant to happen (performance.now() milliseconds). */
  nextAt: number
  /** Sends the message due at `nextAt`; returns when the next one is due, or null when done. */
  fire(): number | null
}

/** How late the generator itself was (actual send time minus intended), in ms. */
export type LagListener = (lateMs: number) => void

// Sleeping in a timer is late by up to a millisecond or two: wake that much early, then yield
// with setImmediate (which still lets sockets be read) until the send is due.
const TIMER_SLACK_MS = 2

/**
 * Runs actors open-loop until `endAt`: each send happens at its intended time whatever the
 * server does, so a slow server shows as latency (measured from the intended time), never as a
 * lower sending rate (no coordinated omission).
 */
export function runOpenLoop(actors: Actor[], endAt: number, onLag: LagListener): Promise<void> {
  const heap = new ActorHeap(actors)
  return new Promise((resolve) => {
    const tick = () => {
      let now = performance.now()
      for (let next = heap.peek(); next && next.nextAt <= now; next = heap.peek()) {
        onLag(now - next.nextAt)
        const following = next.fire()
        if (following === null || following > endAt) heap.pop()
        else {
          next.nextAt = following
          heap.fixTop()
        }
        now = performance.now()
      }
      const next = heap.peek()
      if (!next) return resolve()
      const waitMs = next.nextAt - performance.now()
      if (waitMs > TIMER_SLACK_MS) setTimeout(tick, waitMs - TIMER_SLACK_MS)
      else setImmediate(tick)
    }
    tick()
  })
}

/** A binary min-heap of actors by `nextAt`. */
class ActorHeap {
  private readonly items: Actor[]

  constructor(actors: Actor[]) {
    this.items = [...actors]
    for (let i = Math.floor(this.items.length / 2) - 1; i >= 0; i--) this.down(i)
  }

  peek(): Actor | undefined {
    return this.items[0]
  }

  pop(): void {
    const last = this.items.pop()
    if (last && this.items.length > 0) {
      this.items[0] = last
      this.down(0)
    }
  }

  /** Restores the order after the top's `nextAt` grew. */
  fixTop(): void {
    this.down(0)
  }

  private down(from: number): void {
    const items = this.items
    let i = from
    for (;;) {
      const left = 2 * i + 1
      const right = left + 1
      let smallest = i
      if (left < items.length && items[left]!.nextAt < items[smallest]!.nextAt) smallest = left
      if (right < items.length && items[right]!.nextAt < items[smallest]!.nextAt) smallest = right
      if (smallest === i) return
      ;[items[i], items[smallest]] = [items[smallest]!, items[i]!]
      i = smallest
    }
  }
}
