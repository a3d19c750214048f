import {
  controlDocName,
  newId,
  readRound,
  roomDocName,
  writeRound,
  type Round,
  type RoundAction,
  type StartRoundRequest,
} from '@weave/shared'
import type { Clock } from '../clock.js'
import type { Logger } from '../log.js'
import type { RoomManager } from '../rooms/room-manager.js'
import { withRoom } from '../rooms/with-room.js'
import type { Store } from '../store/types.js'
import { ServiceError } from '../service-error.js'
import { revealDrafts } from './reveal.js'
import type { AuthorSeals } from '../auth/author-seals.js'

/** Reflection rounds: the server writes them, with its own clock, in the control document. */
export interface RoundService {
  start(workshopId: string, request: StartRoundRequest): Promise<Round>
  act(workshopId: string, action: Exclude<RoundAction, 'extend'>): Promise<Round>
  extend(workshopId: string, seconds: number): Promise<Round>
  reveal(workshopId: string, anonymise: boolean): Promise<number>
  /**
   * Arms (or clears) the end-of-round timer from the round as the control document has it: every
   * instance holding the control room does, whoever started the round, so the round ends on time
   * even if that instance is gone. Ending is idempotent.
   */
  follow(workshopId: string, round: Round | null): void
  /** Stops the end-of-round timers (on shutdown). */
  close(): void
}

interface Deps {
  readonly rooms: RoomManager
  readonly store: Store
  readonly clock: Clock
  readonly log: Logger
  /** Seals anonymous revealed notes to their authors. */
  readonly seals: AuthorSeals
  /** Called once a round has ended (e.g. to snapshot its rooms). */
  readonly onRoundEnded?: (workshopId: string, round: Round) => Promise<void>
}

/** Creates the round service. */
export function createRoundService({
  rooms,
  store,
  clock,
  log,
  seals,
  onRoundEnded,
}: Deps): RoundService {
  const endTimers = new Map<string, { timer: NodeJS.Timeout; roundId: string; endsAt: number }>()
  let closed = false

  function ended(workshopId: string, round: Round): void {
    // Several instances may end the same round at its time (same endedAt from the document):
    // the store lets one of them do the after-round work. The workshop id first: the key goes when
    // the workshop is deleted.
    const key = `${workshopId}:round-ended:${round.id}:${round.endedAt}:${round.revealedAt ?? '-'}`
    void (async () => {
      if (!onRoundEnded) return
      if (!(await store.claimOnce(key, clock.now()))) {
        log.debug('after-round work already done', { workshopId, roundId: round.id })
        return
      }
      await onRoundEnded(workshopId, round)
    })().catch((error: unknown) =>
      log.error('after-round work failed', { workshopId, error: String(error) }),
    )
  }

  function control<T>(
    workshopId: string,
    use: (read: () => Round | null, write: (round: Round) => void) => T,
  ) {
    return withRoom(rooms, controlDocName(workshopId), async (room) => {
      // Read-modify-write on the round: start from what every instance has stored.
      await room.catchUp()
      return use(
        () => room.read(readRound),
        (round) => room.change((doc) => writeRound(doc, round)),
      )
    })
  }

  /** Marks a running round ended when its time is up (clients count down from `endsAt` anyway). */
  function scheduleEnd(workshopId: string, round: Round | null): void {
    const armed = endTimers.get(workshopId)
    if (
      armed?.roundId === round?.id &&
      armed?.endsAt === round?.endsAt &&
      round?.status === 'running'
    )
      return
    clearTimeout(armed?.timer)
    endTimers.delete(workshopId)
    if (round?.status !== 'running') return
    const timer = setTimeout(
      () => {
        endTimers.delete(workshopId)
        void control(workshopId, (read, write) => {
          const current = read()
          log.debug('round time is up', { workshopId, roundId: round.id })
          if (current?.id !== round.id || current.status !== 'running') return
          // Extended meanwhile (maybe on another instance), or the timer fired a moment early.
          if (current.endsAt > clock.now()) return scheduleEnd(workshopId, current)
          const done: Round = {
            ...current,
            status: 'ended',
            endedAt: current.endsAt,
            remainingMs: 0,
          }
          write(done)
          ended(workshopId, done)
        }).catch((error: unknown) =>
          log.error('ending a round failed', { workshopId, error: String(error) }),
        )
      },
      Math.max(0, round.endsAt - clock.now()),
    )
    timer.unref()
    endTimers.set(workshopId, { timer, roundId: round.id, endsAt: round.endsAt })
  }

  function current(read: () => Round | null): Round {
    const round = read()
    if (!round) throw new ServiceError(409, 'no_round', 'No round has been started yet.')
    return round
  }

  async function validRoomIds(workshopId: string, roomIds: readonly string[] | null | undefined) {
    if (!roomIds) return null
    const known = new Set((await store.listRooms(workshopId)).map((room) => room.id))
    const unknown = roomIds.filter((id) => !known.has(id))
    if (unknown.length > 0)
      throw new ServiceError(400, 'unknown_room', `No such room: ${unknown.join(', ')}.`)
    return [...new Set(roomIds)]
  }

  return {
    async start(workshopId, request) {
      const roomIds = await validRoomIds(workshopId, request.roomIds)
      const round = await control(workshopId, (read, write) => {
        const now = clock.now()
        const previous = read()
        if (previous && previous.status !== 'ended') {
          const done: Round = { ...previous, status: 'ended', endedAt: now, remainingMs: 0 }
          write(done)
          ended(workshopId, done)
        }
        const durationMs = request.durationSec * 1000
        const next: Round = {
          id: newId(),
          title: request.title ?? '',
          prompt: request.prompt,
          mode: request.mode,
          roomIds,
          durationMs,
          status: 'running',
          startedAt: now,
          endsAt: now + durationMs,
          remainingMs: durationMs,
          endedAt: null,
          revealedAt: null,
          anonymised: false,
        }
        write(next)
        return next
      })
      scheduleEnd(workshopId, round)
      return round
    },

    async act(workshopId, action) {
      const round = await control(workshopId, (read, write) => {
        const now = clock.now()
        const round = current(read)
        let next: Round
        if (action === 'pause') {
          if (round.status !== 'running')
            throw new ServiceError(409, 'not_running', 'The round is not running.')
          next = { ...round, status: 'paused', remainingMs: Math.max(0, round.endsAt - now) }
        } else if (action === 'resume') {
          if (round.status !== 'paused')
            throw new ServiceError(409, 'not_paused', 'The round is not paused.')
          next = { ...round, status: 'running', endsAt: now + round.remainingMs }
        } else {
          if (round.status === 'ended') return round
          next = {
            ...round,
            status: 'ended',
            endedAt: now,
            remainingMs: 0,
            endsAt: Math.min(round.endsAt, now),
          }
        }
        write(next)
        if (next.status === 'ended') ended(workshopId, next)
        return next
      })
      scheduleEnd(workshopId, round)
      return round
    },

    async extend(workshopId, seconds) {
      const round = await control(workshopId, (read, write) => {
        const now = clock.now()
        const round = current(read)
        if (round.revealedAt !== null) {
          throw new ServiceError(
            409,
            'already_revealed',
            'This round was revealed; start a new one.',
          )
        }
        const extra = seconds * 1000
        const next: Round =
          round.status === 'paused'
            ? {
                ...round,
                remainingMs: round.remainingMs + extra,
                durationMs: round.durationMs + extra,
              }
            : {
                ...round,
                status: 'running',
                endedAt: null,
                endsAt: Math.max(round.endsAt, now) + extra,
                durationMs: round.durationMs + extra,
              }
        write(next)
        return next
      })
      scheduleEnd(workshopId, round)
      return round
    },

    async reveal(workshopId, anonymise) {
      const round = await control(workshopId, (read) => current(read))
      if (round.mode !== 'private')
        throw new ServiceError(409, 'not_private', 'Only private rounds are revealed.')
      // A round is revealed once: what its drafts held is on the board, and they take no more.
      // A reveal cut short before it was marked is repeated (its derived ids duplicate nothing).
      if (round.revealedAt !== null)
        throw new ServiceError(409, 'already_revealed', 'This round was revealed already.')
      const roomIds = round.roomIds ?? (await store.listRooms(workshopId)).map((room) => room.id)
      let revealed = 0
      const now = clock.now()
      for (const roomId of roomIds) {
        revealed += await revealDrafts({
          rooms,
          store,
          seals,
          now,
          workshopId,
          roundId: round.id,
          roomId,
          anonymise,
          boardDoc: roomDocName(workshopId, roomId),
        })
      }
      await control(workshopId, (read, write) => {
        const latest = read()
        if (latest?.id !== round.id) return
        const now = clock.now()
        const done: Round = {
          ...latest,
          revealedAt: now,
          anonymised: anonymise,
          ...(latest.status === 'ended'
            ? {}
            : { status: 'ended' as const, endedAt: now, remainingMs: 0 }),
        }
        write(done)
        // The revealed board is the one worth keeping for analysis.
        ended(workshopId, done)
      })
      scheduleEnd(workshopId, { ...round, status: 'ended' })
      return revealed
    },

    follow(workshopId, round) {
      // Late news from another instance while shutting down arms nothing.
      if (!closed) scheduleEnd(workshopId, round)
    },

    close() {
      closed = true
      for (const armed of endTimers.values()) clearTimeout(armed.timer)
      endTimers.clear()
    },
  }
}
