import { describe, expect, it } from 'vitest'
import type { AnonymousMine as MineAnswer, Round } from '@weave/shared'
import { createAnonymousMine } from '../src/session/anonymous-mine'
import type { ConnectionStatus } from '../src/session/connection'
import { createValueStore } from '../src/session/store'

const settled = () => new Promise((resolve) => setImmediate(resolve))

function fakeServer(answers: MineAnswer[]) {
  let asked = 0
  return {
    asked: () => asked,
    fetchMine: () => {
      const answer = answers[Math.min(asked, answers.length - 1)]!
      asked += 1
      return Promise.resolve(answer)
    },
  }
}

const round = (revealedAt: number | null) => ({ id: 'r1', revealedAt }) as Round

describe('which anonymous notes and threads are mine', () => {
  it('asks when the room opens, and adds what is written from here meanwhile', async () => {
    const server = fakeServer([{ notes: ['n1'], threads: ['t1'] }])
    const status = createValueStore<ConnectionStatus>('connecting')
    const mine = createAnonymousMine(server.fetchMine, createValueStore(null), status)
    expect(mine.ids.get().known).toBe(false)
    mine.add('note', 'n2')
    await settled()
    expect(mine.ids.get().known).toBe(true)
    expect([...mine.ids.get().notes].sort()).toEqual(['n1', 'n2'])
    expect(mine.hasThread('t1')).toBe(true)
    // The first time online does not ask again when the answer is in.
    status.set('online')
    expect(server.asked()).toBe(1)
    mine.destroy()
  })

  it('asks again after a reveal and whenever the connection comes back', async () => {
    const server = fakeServer([
      { notes: ['n1'], threads: [] },
      { notes: ['n1', 'revealed'], threads: [] },
      { notes: ['n1', 'revealed', 'elsewhere'], threads: [] },
    ])
    const rounds = createValueStore<Round | null>(round(null))
    const status = createValueStore<ConnectionStatus>('online')
    const mine = createAnonymousMine(server.fetchMine, rounds, status)
    await settled()
    rounds.set(round(1_000))
    await settled()
    expect(mine.hasNote('revealed')).toBe(true)
    status.set('offline')
    status.set('online')
    await settled()
    expect(server.asked()).toBe(3)
    expect(mine.hasNote('elsewhere')).toBe(true)
    mine.destroy()
  })

  it('knows at once that facilitators and observers have none', () => {
    const mine = createAnonymousMine(
      null,
      createValueStore(null),
      createValueStore<ConnectionStatus>('online'),
    )
    expect(mine.ids.get()).toMatchObject({ known: true })
    expect(mine.hasNote('n1')).toBe(false)
  })
})
