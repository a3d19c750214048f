import { afterEach, describe, expect, it, vi } from 'vitest'
import { throttle } from '../../src/session/throttle'

afterEach(() => vi.useRealTimers())

describe('throttle', () => {
  it('runs at once, then at most once per interval with the latest arguments', () => {
    vi.useFakeTimers()
    const runs: number[] = []
    const send = throttle((value: number) => runs.push(value), 100)
    send(1)
    send(2)
    send(3)
    expect(runs).toEqual([1])
    vi.advanceTimersByTime(100)
    expect(runs).toEqual([1, 3])
    vi.advanceTimersByTime(500)
    expect(runs).toEqual([1, 3])
  })

  it('flushes a waiting call now, or drops it', () => {
    vi.useFakeTimers()
    const runs: number[] = []
    const send = throttle((value: number) => runs.push(value), 100)
    send(1)
    send(2)
    send.flush()
    expect(runs).toEqual([1, 2])
    vi.advanceTimersByTime(100)
    send(3)
    send(4)
    send.cancel()
    vi.advanceTimersByTime(200)
    expect(runs).toEqual([1, 2, 3])
  })
})
