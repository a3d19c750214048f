import { remainingMs, roundIncludesRoom, type Round, type Vote } from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import type { RoomNavigator } from '../session/room-navigator'
import { strings } from '../i18n/strings'
import { announce } from './announce'

const t = strings.announce
/** How often a running round's clock is checked for "one minute left". */
const CLOCK_CHECK_MS = 1_000
const ONE_MINUTE_MS = 60_000
/** The connection has to stay down this long before "connection lost" is said. */
const LOST_AFTER_MS = 2_000

/** The round as far as this room is concerned (null when it does not run here). */
function roundHere(session: BoardSession): Round | null {
  const round = session.control.round.get()
  return round && roundIncludesRoom(round, session.roomId) ? round : null
}

/**
 * Announces the workshop's important moments to screen reader users, politely and only when they
 * change (what was already so when the room opened is not news): a round starts, one minute is
 * left, time is up, notes are revealed, a vote opens or closes, the connection drops or returns.
 * Returns a function that stops.
 */
export function installEventAnnouncements(session: BoardSession): () => void {
  let round = roundHere(session)
  let vote: Vote | null = session.control.vote.get()
  let wasOnline = session.connection.status.get() === 'online'
  let lost = false
  let lostTimer: ReturnType<typeof setTimeout> | undefined
  let warnedFor: string | null = null

  function onRound(): void {
    const previous = round
    const next = roundHere(session)
    round = next
    if (!next) return
    if (next.id !== previous?.id && next.status !== 'ended') {
      const what = next.title || next.prompt
      announce(session, t.roundStarted(what, Math.max(1, Math.round(next.durationMs / 60_000))))
      if (next.mode === 'private') announce(session, t.roundPrivate)
    } else if (next.status === 'ended' && previous?.status !== 'ended') {
      announce(session, t.timesUp)
    }
    if (next.revealedAt !== null && previous?.id === next.id && previous.revealedAt === null) {
      announce(session, t.revealed)
    }
  }

  function checkClock(): void {
    if (!round || round.status !== 'running' || warnedFor === round.id) return
    const left = remainingMs(round, session.clock.now())
    if (left > 0 && left <= ONE_MINUTE_MS && round.durationMs > ONE_MINUTE_MS) {
      warnedFor = round.id
      announce(session, t.oneMinuteLeft)
    }
  }

  function onVote(): void {
    const previous = vote
    const next = session.control.vote.get()
    vote = next
    if (!next || session.info.role === 'observer') return
    if (next.status === 'open' && (previous?.id !== next.id || previous.status !== 'open')) {
      announce(session, t.voteOpened(next.dotsPerPerson))
    } else if (next.status === 'closed' && previous?.id === next.id && previous.status === 'open') {
      announce(session, t.voteClosed)
    }
  }

  function onConnection(): void {
    const next = session.connection.status.get()
    if (next === 'online') {
      clearTimeout(lostTimer)
      lostTimer = undefined
      if (lost) announce(session, t.connectionBack)
      lost = false
      wasOnline = true
    } else if (wasOnline && !lost && lostTimer === undefined) {
      // A blip of a second or two is not worth interrupting anyone for.
      lostTimer = setTimeout(() => {
        lostTimer = undefined
        if (session.connection.status.get() === 'online') return
        lost = true
        announce(session, t.connectionLost)
      }, LOST_AFTER_MS)
    }
  }

  // A round already nearly over when the room opens is not warned about again.
  if (round && round.status === 'running') {
    const left = remainingMs(round, session.clock.now())
    if (left <= ONE_MINUTE_MS) warnedFor = round.id
  }
  const timer = setInterval(checkClock, CLOCK_CHECK_MS)
  const stops = [
    session.control.round.subscribe(onRound),
    session.control.vote.subscribe(onVote),
    session.connection.status.subscribe(onConnection),
  ]
  return () => {
    clearInterval(timer)
    clearTimeout(lostTimer)
    stops.forEach((stop) => stop())
  }
}

/** Announces moves between rooms this person did not make. Returns a function that stops. */
export function installArrivalAnnouncements(
  navigator: RoomNavigator,
  say: (text: string) => void,
): () => void {
  return navigator.arrival.subscribe(() => {
    const arrival = navigator.arrival.get()
    if (!arrival) return
    const session = navigator.session.get()
    const name = session.control.rooms.get().find((room) => room.id === arrival.roomId)?.name
    say(arrival.main ? t.backInMain : t.movedToRoom(name ?? strings.rooms.label))
  })
}
