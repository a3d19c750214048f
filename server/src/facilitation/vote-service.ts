import {
  controlDocName,
  newId,
  readNote,
  mayEnterRoom,
  roomDocName,
  writeVote,
  type MyDots,
  type Principal,
  type Vote,
} from '@weave/shared'
import type { Clock } from '../clock.js'
import type { RoomManager } from '../rooms/room-manager.js'
import { withRoom } from '../rooms/with-room.js'
import type { Store, VoteRecord } from '../store/types.js'
import { ServiceError } from '../service-error.js'

/**
 * Dot voting. Dots live only on the server: nobody sees who voted for what, and counts reach the
 * control document (everyone) only when the facilitator closes the vote.
 */
export interface VoteService {
  open(
    workshopId: string,
    request: { dotsPerPerson: number; roundId?: string | null },
  ): Promise<Vote>
  close(workshopId: string): Promise<Vote>
  mine(principal: Principal): Promise<MyDots>
  place(principal: Principal, dot: { roomId: string; noteId: string }): Promise<MyDots>
  remove(principal: Principal, dot: { roomId: string; noteId: string }): Promise<MyDots>
}

interface Deps {
  readonly rooms: RoomManager
  readonly store: Store
  readonly clock: Clock
}

const asVote = (record: VoteRecord, results: Record<string, number> | null): Vote => ({
  id: record.id,
  status: record.status,
  dotsPerPerson: record.dotsPerPerson,
  roundId: record.roundId,
  openedAt: record.openedAt,
  closedAt: record.closedAt,
  results,
})

/** Creates the vote service. */
export function createVoteService({ rooms, store, clock }: Deps): VoteService {
  const publish = (workshopId: string, vote: Vote) =>
    withRoom(rooms, controlDocName(workshopId), (room) =>
      room.change((doc) => writeVote(doc, vote)),
    )

  async function openVoteOf(workshopId: string): Promise<VoteRecord> {
    const vote = await store.getOpenVote(workshopId)
    if (!vote) throw new ServiceError(409, 'vote_closed', 'There is no open vote right now.')
    return vote
  }

  async function mineIn(vote: VoteRecord, participantId: string): Promise<MyDots> {
    const dots = await store.listDots(vote.id, participantId)
    return {
      voteId: vote.id,
      dotsPerPerson: vote.dotsPerPerson,
      noteIds: dots.map((dot) => dot.noteId),
      dotsLeft: Math.max(0, vote.dotsPerPerson - dots.length),
    }
  }

  function assertVoter(principal: Principal): void {
    if (principal.role === 'observer')
      throw new ServiceError(403, 'forbidden', 'Observers do not vote.')
  }

  return {
    async open(workshopId, request) {
      const record: VoteRecord = {
        id: newId(),
        workshopId,
        dotsPerPerson: request.dotsPerPerson,
        roundId: request.roundId ?? null,
        status: 'open',
        openedAt: clock.now(),
        closedAt: null,
      }
      await store.openVote(record)
      const vote = asVote(record, null)
      await publish(workshopId, vote)
      return vote
    },

    async close(workshopId) {
      const record = await openVoteOf(workshopId)
      const closedAt = clock.now()
      const results = await store.closeVote(record.id, closedAt)
      const vote = asVote({ ...record, status: 'closed', closedAt }, results)
      await publish(workshopId, vote)
      return vote
    },

    async mine(principal) {
      assertVoter(principal)
      return mineIn(await openVoteOf(principal.workshopId), principal.participantId)
    },

    async place(principal, dot) {
      assertVoter(principal)
      const vote = await openVoteOf(principal.workshopId)
      if (!(await store.getRoom(principal.workshopId, dot.roomId))) {
        throw new ServiceError(404, 'unknown_room', 'There is no such room in this workshop.')
      }
      // A room they may not open tells them nothing, not even whether a note is still in it.
      const mayEnter =
        principal.role !== 'participant' ||
        (await withRoom(rooms, controlDocName(principal.workshopId), (control) =>
          control.read((doc) => mayEnterRoom(doc, principal.participantId, dot.roomId)),
        ))
      if (!mayEnter) {
        throw new ServiceError(403, 'not_your_room', 'You are not in this room now.')
      }
      const note = await withRoom(rooms, roomDocName(principal.workshopId, dot.roomId), (room) =>
        room.read((doc) => readNote(doc, dot.noteId)),
      )
      if (!note)
        throw new ServiceError(404, 'unknown_note', 'That note is not on the board (any more).')
      if (vote.roundId !== null && note.roundId !== vote.roundId) {
        throw new ServiceError(409, 'not_in_vote', "This vote is about one round's notes only.")
      }
      if (
        !(await store.placeDot(
          vote.id,
          principal.participantId,
          dot,
          vote.dotsPerPerson,
          clock.now(),
        ))
      ) {
        throw new ServiceError(
          409,
          'no_dots_left',
          `You have used all ${vote.dotsPerPerson} of your dots.`,
        )
      }
      return mineIn(vote, principal.participantId)
    },

    async remove(principal, dot) {
      assertVoter(principal)
      const vote = await openVoteOf(principal.workshopId)
      await store.removeDot(vote.id, principal.participantId, dot)
      return mineIn(vote, principal.participantId)
    },
  }
}
