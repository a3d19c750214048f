import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createChangeQueue } from '../src/session/change-queue'
import { createUnsentChanges } from '../src/session/unsent-changes'

interface Rec {
  readonly id: string
  readonly x: number
  readonly y: number
  readonly text: string
}

type Change = Partial<Omit<Rec, 'id'>>

/** A fake server: every request waits until the test answers it. */
function fakeServer() {
  const requests: { id: string; change: Change; ok: () => void; fail: (e: Error) => void }[] = []
  const send = (id: string, change: Change) =>
    new Promise<void>((ok, reject) => requests.push({ id, change, ok, fail: reject }))
  return { requests, send }
}

/** Lets promise callbacks run (answers are promises). */
const settled = () => new Promise((resolve) => setImmediate(resolve))

function setUp() {
  let records: readonly Rec[] = [{ id: 'n1', x: 0, y: 0, text: '' }]
  const changes = createUnsentChanges<Rec>(() => records)
  const server = fakeServer()
  const queue = createChangeQueue<Rec, Change>(changes, server.send, ['text'])
  const shown = () => changes.apply(records)[0]
  const arrive = (next: Partial<Rec>) => {
    records = [{ ...records[0]!, ...next }]
    changes.settle()
  }
  return { changes, server, queue, shown, arrive }
}

describe('the queue of changes to records the server writes', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
  afterEach(() => vi.useRealTimers())

  it('sends one request at a time per record, merging what comes meanwhile', async () => {
    const { server, queue, shown } = setUp()
    void queue.change('n1', { x: 10, y: 0 })
    void queue.change('n1', { x: 20, y: 0 })
    void queue.change('n1', { x: 30, y: 5 })
    expect(server.requests.map((r) => r.change)).toEqual([{ x: 10, y: 0 }])
    expect(shown()).toMatchObject({ x: 30, y: 5 })
    server.requests[0]!.ok()
    await settled()
    expect(server.requests.map((r) => r.change)).toEqual([
      { x: 10, y: 0 },
      { x: 30, y: 5 },
    ])
  })

  it('sends typed text once the typing pauses, or at once when flushed', async () => {
    const { server, queue, shown } = setUp()
    void queue.change('n1', { text: 'h' }, 400)
    vi.advanceTimersByTime(300)
    void queue.change('n1', { text: 'hi' }, 400)
    vi.advanceTimersByTime(399)
    expect(server.requests).toHaveLength(0)
    expect(shown()?.text).toBe('hi')
    vi.advanceTimersByTime(1)
    expect(server.requests.map((r) => r.change)).toEqual([{ text: 'hi' }])
    server.requests[0]!.ok()
    await settled()

    void queue.change('n1', { text: 'hi there' }, 400)
    const flushed = queue.flush('n1')
    expect(server.requests.at(-1)?.change).toEqual({ text: 'hi there' })
    server.requests.at(-1)!.ok()
    await expect(flushed).resolves.toBeUndefined()
    expect(queue.hasUnsent('n1')).toBe(false)
  })

  it('puts a failed move back, but keeps failed text for the next flush', async () => {
    const { server, queue, shown } = setUp()
    const moved = queue.change('n1', { x: 50, y: 50 })
    server.requests[0]!.fail(new Error('offline'))
    await expect(moved).rejects.toThrow('offline')
    expect(shown()).toMatchObject({ x: 0, y: 0 })

    const typed = queue.change('n1', { text: 'keep me' })
    server.requests[1]!.fail(new Error('offline'))
    await expect(typed).rejects.toThrow('offline')
    expect(shown()?.text).toBe('keep me')
    expect(queue.keeps('n1')).toBe(true)

    const again = queue.flush('n1')
    expect(server.requests[2]?.change).toEqual({ text: 'keep me' })
    server.requests[2]!.ok()
    await again
    expect(queue.hasUnsent('n1')).toBe(false)
  })

  it('sends kept text along with the next change, so an older text never overwrites a newer', async () => {
    const { server, queue, shown } = setUp()
    void queue.change('n1', { text: 'old' }).catch(() => undefined)
    server.requests[0]!.fail(new Error('offline'))
    await settled()
    void queue.change('n1', { text: 'newer' })
    expect(server.requests[1]?.change).toEqual({ text: 'newer' })
    server.requests[1]!.ok()
    await settled()
    expect(queue.keeps('n1')).toBe(false)
    await queue.flush('n1')
    expect(server.requests).toHaveLength(2)
    expect(shown()?.text).toBe('newer')
  })

  it('waits for the request on its way when there is nothing new to flush', async () => {
    const { server, queue } = setUp()
    void queue.change('n1', { text: 'a' })
    let done = false
    void queue.flush('n1').then(() => (done = true))
    await settled()
    expect(done).toBe(false)
    server.requests[0]!.ok()
    await settled()
    expect(done).toBe(true)
  })

  it('shows the change until the board has it, then the board', async () => {
    const { server, queue, shown, arrive, changes } = setUp()
    void queue.change('n1', { text: 'typed' })
    server.requests[0]!.ok()
    await settled()
    // Written, not arrived: still shown.
    expect(shown()?.text).toBe('typed')
    arrive({ text: 'typed' })
    expect(changes.valueOf('n1', 'text')).toBeUndefined()
  })

  it('forgets what waits on discard and shows the board again', () => {
    const { server, queue, shown } = setUp()
    void queue.change('n1', { text: 'draft' }, 400)
    queue.discard('n1')
    vi.advanceTimersByTime(1_000)
    expect(server.requests).toHaveLength(0)
    expect(shown()?.text).toBe('')
    expect(queue.hasUnsent('n1')).toBe(false)
  })
})
