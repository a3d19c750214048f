import { afterEach, describe, expect, it, vi } from 'vitest'
import { writeRoomEntry } from '@weave/shared'
import {
  installArrivalAnnouncements,
  installEventAnnouncements,
} from '../../src/commands/announce-events'
import { strings } from '../../src/i18n/strings'
import { fakeBoardPerTest } from '../fakes/fake-board-session'
import { openVoteElsewhere, startRoundElsewhere } from '../fakes/elsewhere'
import { fakeNavigator } from '../fakes/fake-navigator'

const t = strings.announce
const openBoard = fakeBoardPerTest()
let stop: () => void = () => undefined
afterEach(() => {
  stop()
  vi.useRealTimers()
})

/** Only the timers the announcements use: the fake API's turns stay real. */
const fakeTimers = () =>
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })

describe('what screen reader users are told', () => {
  it('a round starting (and that it is private), time up and the reveal', async () => {
    const board = await openBoard()
    stop = installEventAnnouncements(board.session)
    startRoundElsewhere(board, {
      id: 'r1',
      title: 'Barriers',
      mode: 'private',
      durationMs: 120_000,
    })
    startRoundElsewhere(board, { id: 'r1', mode: 'private', status: 'ended' })
    startRoundElsewhere(board, { id: 'r1', mode: 'private', status: 'ended', revealedAt: 5 })
    expect(board.said).toEqual([
      t.roundStarted('Barriers', 2),
      t.roundPrivate,
      t.timesUp,
      t.revealed,
    ])
  })

  it('nothing of what was already so when the room opened, nor of rounds in other rooms', async () => {
    const board = await openBoard()
    startRoundElsewhere(board, { id: 'r1' })
    openVoteElsewhere(board)
    stop = installEventAnnouncements(board.session)
    startRoundElsewhere(board, { id: 'r1', status: 'paused' })
    startRoundElsewhere(board, { id: 'r2', roomIds: ['room-b'] })
    expect(board.said).toEqual([])
  })

  it('one minute left, once', async () => {
    fakeTimers()
    const board = await openBoard({ now: 1_000_000 })
    stop = installEventAnnouncements(board.session)
    startRoundElsewhere(board, { id: 'r1', endsAt: 1_300_000 })
    board.setNow(1_250_000)
    vi.advanceTimersByTime(1_000)
    board.setNow(1_255_000)
    vi.advanceTimersByTime(1_000)
    expect(board.said.filter((text) => text === t.oneMinuteLeft)).toHaveLength(1)
  })

  it('a vote opening and closing, but not to observers', async () => {
    let board = await openBoard()
    stop = installEventAnnouncements(board.session)
    openVoteElsewhere(board, { dotsPerPerson: 2 })
    openVoteElsewhere(board, { status: 'closed' })
    expect(board.said).toEqual([t.voteOpened(2), t.voteClosed])
    stop()
    board.destroy()
    board = await openBoard({ role: 'observer' })
    stop = installEventAnnouncements(board.session)
    openVoteElsewhere(board)
    expect(board.said).toEqual([])
  })

  it('the connection lost (after a moment, not for a blip) and back', async () => {
    fakeTimers()
    const board = await openBoard()
    stop = installEventAnnouncements(board.session)
    board.setStatus('connecting')
    vi.advanceTimersByTime(1_000)
    board.setStatus('online')
    vi.advanceTimersByTime(5_000)
    expect(board.said).toEqual([])
    board.setStatus('offline')
    vi.advanceTimersByTime(2_000)
    board.setStatus('online')
    expect(board.said).toEqual([t.connectionLost, t.connectionBack])
  })

  it('moves between rooms this person did not make', async () => {
    const board = await openBoard()
    board.elsewhereInControl((doc) =>
      writeRoomEntry(doc, { id: 'room-b', name: 'Transport', position: 1, closed: false }),
    )
    const navigator = fakeNavigator(board.session)
    const heard: string[] = []
    stop = installArrivalAnnouncements(navigator, (text) => heard.push(text))
    navigator.arrival.set({ roomId: 'room-b', main: false, at: 1 })
    navigator.arrival.set({ roomId: 'room-main', main: true, at: 2 })
    navigator.arrival.set({ roomId: 'room-gone', main: false, at: 3 })
    navigator.arrival.set(null)
    expect(heard).toEqual([
      t.movedToRoom('Transport'),
      t.backInMain,
      t.movedToRoom(strings.rooms.label),
    ])
  })
})
