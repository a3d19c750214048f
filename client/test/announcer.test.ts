import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAnnouncer } from '../src/session/announcer'

describe('the announcer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function heard(announcer: ReturnType<typeof createAnnouncer>): string[] {
    const said: string[] = []
    announcer.current.subscribe(() => said.push(announcer.current.get()?.text ?? ''))
    return said
  }

  it('says the first sentence at once and spaces the next ones out', () => {
    const announcer = createAnnouncer(() => Date.now())
    const said = heard(announcer)
    announcer.say('Vote open.')
    announcer.say('New round: check-in.')
    expect(said).toEqual(['Vote open.'])
    vi.advanceTimersByTime(1_499)
    expect(said).toEqual(['Vote open.'])
    vi.advanceTimersByTime(1)
    expect(said).toEqual(['Vote open.', 'New round: check-in.'])
  })

  it('drops repeats and keeps only the latest few of a burst', () => {
    const announcer = createAnnouncer(() => Date.now())
    const said = heard(announcer)
    announcer.say('Connection lost.')
    announcer.say('Connection lost.')
    for (const n of [1, 2, 3, 4, 5]) announcer.say(`Event ${n}.`)
    vi.advanceTimersByTime(10_000)
    expect(said).toEqual(['Connection lost.', 'Event 3.', 'Event 4.', 'Event 5.'])
    announcer.say('Connection lost.')
    vi.advanceTimersByTime(2_000)
    expect(said.at(-1)).toBe('Connection lost.')
  })

  it('describes focus at once, whatever is queued', () => {
    const announcer = createAnnouncer(() => Date.now())
    announcer.say('Vote open.')
    announcer.describe('Note 1 of 3.')
    announcer.describe('Note 1 of 3.')
    expect(announcer.focus.get()?.text).toBe('Note 1 of 3.')
    const first = announcer.focus.get()?.id
    announcer.describe('Note 1 of 3.')
    expect(announcer.focus.get()?.id).not.toBe(first)
  })
})
